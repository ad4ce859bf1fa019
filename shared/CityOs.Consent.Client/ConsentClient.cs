using CityOs.Contracts.Consent;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityOs.Consent.Client;

/// <summary>Cache first; on a miss or doubt, Consent over the bus; on timeout or error, deny (fail closed).</summary>
public sealed class ConsentClient(
    ConsentCache cache,
    IRequestClient<CheckConsent> checks,
    IRequestClient<RequestLink> links,
    IOptions<ConsentClientOptions> options,
    ILogger<ConsentClient> logger) : IConsentClient
{
    public const string Unavailable = "consent-unavailable";

    public async ValueTask<ConsentCheck> CheckAsync(string domain, string pseudonym, string purposeId, string recipient, IReadOnlyList<string> categories, CancellationToken cancellationToken = default)
    {
        if (cache.TryCheck(domain, pseudonym, purposeId, recipient, categories) is { } cached)
        {
            return cached;
        }

        try
        {
            var response = await checks.GetResponse<ConsentStatus>(
                new CheckConsent { Domain = domain, Pseudonym = pseudonym, PurposeId = purposeId },
                cancellationToken, RequestTimeout.After(ms: (int)options.Value.RequestTimeout.TotalMilliseconds));
            var status = response.Message;
            cache.Store(domain, pseudonym, purposeId, status);
            if (!status.Active || (status.ValidUntil is { } until && until <= DateTimeOffset.UtcNow))
            {
                return ConsentCheck.Deny("no-consent");
            }

            if (!status.Recipients.Contains(recipient))
            {
                return ConsentCheck.Deny("recipient-not-consented");
            }

            var allowed = categories.Where(status.Categories.Contains).ToList();
            return allowed.Count == 0 ? ConsentCheck.Deny("categories-not-consented") : new ConsentCheck(true, allowed, null, false);
        }
        catch (Exception ex) when (ex is RequestTimeoutException or RequestException or MassTransitException)
        {
            logger.LogWarning("Consent did not answer a check for purpose {PurposeId}; denying: {Reason}", purposeId, ex.Message);
            return ConsentCheck.Deny(Unavailable);
        }
    }

    public async Task<LinkDecided> RequestLinkAsync(RequestLink request, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await links.GetResponse<LinkDecided>(request, cancellationToken, RequestTimeout.After(ms: (int)options.Value.RequestTimeout.TotalMilliseconds));
            return response.Message;
        }
        catch (Exception ex) when (ex is RequestTimeoutException or RequestException or MassTransitException)
        {
            logger.LogWarning("Consent did not answer link request {RequestId}; denying: {Reason}", request.RequestId, ex.Message);
            return new LinkDecided { RequestId = request.RequestId, Allowed = false, DenyReason = Unavailable };
        }
    }
}

using System.Security.Claims;
using CityOs.Contracts.Consent;
using CityOs.ServiceDefaults.Security;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityOs.Consent.Client.Residents;

/// <summary>
/// Asks Consent which of this domain's pseudonyms the signed-in caller may reach. No cache: a withdrawn proxy
/// relationship must stop the next request, and these are single interactive calls, not a hot path.
/// </summary>
public sealed class ResidentResolver(IRequestClient<ResolveResident> client, IOptions<ConsentClientOptions> options, ILogger<ResidentResolver> logger)
{
    public enum Outcome
    {
        Allowed,
        Refused,
        ConsentUnavailable,
    }

    public sealed record Resolution(Outcome Outcome, SignedInResident? Resident);

    /// <summary>What a caller gets when Consent cannot say whom they may reach: fail closed, and say so.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unavailable() => Microsoft.AspNetCore.Http.TypedResults.Problem(
        title: "同意サービスに接続できません / Consent service unavailable",
        detail: "しばらくしてからもう一度お試しください。何も変更されていません。 / Please try again in a moment; nothing was changed.",
        statusCode: Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable);

    public async Task<Resolution> ResolveAsync(ClaimsPrincipal user, string residentId, string domain, CancellationToken cancellationToken)
    {
        if (user.SubjectId() is not { } subject || string.IsNullOrWhiteSpace(residentId))
        {
            return new Resolution(Outcome.Refused, null);
        }

        try
        {
            var answer = (await client.GetResponse<ResidentResolved>(
                new ResolveResident
                {
                    CallerSubject = subject,
                    CallerIsResident = user.IsInRole(CityRoles.Resident),
                    CallerIsCounter = user.IsInRole(CityRoles.Counter),
                    ResidentId = residentId,
                    Domain = domain,
                },
                cancellationToken, RequestTimeout.After(ms: (int)options.Value.RequestTimeout.TotalMilliseconds))).Message;
            return answer is { Allowed: true, Pseudonym: { } pseudonym }
                ? new Resolution(Outcome.Allowed, new SignedInResident(pseudonym, answer.ActingAs))
                : new Resolution(Outcome.Refused, null);
        }
        catch (Exception ex) when (ex is RequestTimeoutException or RequestException or MassTransitException)
        {
            logger.LogWarning("Consent did not answer whom the caller may reach in {Domain}: {Reason}", domain, ex.Message);
            return new Resolution(Outcome.ConsentUnavailable, null);
        }
    }
}

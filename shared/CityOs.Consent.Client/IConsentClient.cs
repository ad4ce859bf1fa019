using CityOs.Contracts.Consent;

namespace CityOs.Consent.Client;

/// <summary>What a domain service asks Consent. Every failure to get an answer is a deny.</summary>
public interface IConsentClient
{
    /// <summary>May <paramref name="categories"/> about the person known here as <paramref name="pseudonym"/> go to <paramref name="recipient"/>? Cached when fresh.</summary>
    ValueTask<ConsentCheck> CheckAsync(string domain, string pseudonym, string purposeId, string recipient, IReadOnlyList<string> categories, CancellationToken cancellationToken = default);

    /// <summary>Asks Consent to link (and translate) a person to another domain; recorded on the ledger when allowed.</summary>
    Task<LinkDecided> RequestLinkAsync(RequestLink request, CancellationToken cancellationToken = default);
}

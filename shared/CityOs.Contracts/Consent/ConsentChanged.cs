namespace CityOs.Contracts.Consent;

/// <summary>
/// Keeps the domains' consent caches fresh. One message per affected domain, carrying only that
/// domain's pseudonym and a per-domain reference to the consent, so two messages cannot be joined on content.
/// </summary>
public sealed record ConsentChanged
{
    /// <summary>Consent's global change sequence; a gap tells a cache it missed something.</summary>
    public required long Sequence { get; init; }

    public required string Domain { get; init; }

    public required string Pseudonym { get; init; }

    public required string ConsentRef { get; init; }

    public required string PurposeId { get; init; }

    /// <summary><c>granted</c>, <c>renewed</c>, <c>withdrawn</c> or <c>expired</c>.</summary>
    public required string Change { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required DateTimeOffset ValidUntil { get; init; }

    public required DateTimeOffset At { get; init; }
}

namespace CityOs.Contracts.Consent;

public sealed record ConsentStatus
{
    public required bool Active { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>Consent's change sequence when this was read; a cache stores it only if nothing changed since.</summary>
    public required long AsOfSequence { get; init; }
}

namespace CityOs.Contracts.Consent;

/// <summary>Consent's answer. On allow, the target's pseudonym and only the allowed categories; on deny, a machine-readable reason.</summary>
public sealed record LinkDecided
{
    public required Guid RequestId { get; init; }

    public required bool Allowed { get; init; }

    /// <summary>A <c>DenyReason</c> code when denied (e.g. <c>no-consent</c>, <c>consent-withdrawn</c>).</summary>
    public string? DenyReason { get; init; }

    public string? TargetPseudonym { get; init; }

    public IReadOnlyList<string> AllowedCategories { get; init; } = [];

    /// <summary><c>consent</c> or <c>break-glass</c>.</summary>
    public string? Basis { get; init; }

    /// <summary>The ledger entry that records this disclosure.</summary>
    public long? LedgerSequence { get; init; }
}

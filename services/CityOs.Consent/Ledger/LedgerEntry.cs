namespace CityOs.Consent.Ledger;

/// <summary>
/// One line of the disclosure ledger: who received which categories about whom (a pseudonym), why,
/// on what basis, when. Doubles as the record of third-party provision that APPI art. 29 requires.
/// </summary>
public sealed record LedgerEntry
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary><c>disclosure</c>, <c>break-glass</c>, <c>consent-given</c>, <c>consent-renewed</c>, <c>consent-withdrawn</c>, <c>consent-expired</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The resident's ledger pseudonym: lets them find their own entries without the ledger naming them.</summary>
    public required string SubjectRef { get; init; }

    public required string PurposeId { get; init; }

    public string? Source { get; init; }

    public string? Recipient { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary><c>consent:{id}</c> or <c>break-glass:{declarationId}</c>.</summary>
    public required string Basis { get; init; }

    /// <summary>Break-glass accesses are flagged for the resident and the office to review afterwards.</summary>
    public required bool Flagged { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}

/// <summary>What a caller appends; the ledger assigns sequence, time and hashes.</summary>
public sealed record LedgerDraft(
    string Kind,
    string SubjectRef,
    string PurposeId,
    string? Source,
    string? Recipient,
    IReadOnlyList<string> Categories,
    string Basis,
    bool Flagged);

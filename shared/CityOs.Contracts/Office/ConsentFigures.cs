namespace CityOs.Contracts.Office;

/// <summary>Opt-in rates (small cells suppressed), the ledger's chain check and break-glass accesses grouped, never per resident.</summary>
public sealed record ConsentFigures
{
    public required DateTimeOffset AsOf { get; init; }

    public required IReadOnlyList<OptInFigure> OptIn { get; init; }

    public required LedgerStatus Ledger { get; init; }

    public required IReadOnlyList<BreakGlassFigure> BreakGlass { get; init; }
}

/// <summary>Counts and rate are null when the cell, or its complement, has fewer than 10 people.</summary>
public sealed record OptInFigure(string PurposeId, string District, int? Enrolled, int? Consented, double? Rate, bool Suppressed);

public sealed record LedgerStatus(bool Valid, long EntriesChecked, long? FirstBrokenSequence);

/// <summary>Break-glass accesses of one declaration, recipient and purpose: how many and when, not whose.</summary>
public sealed record BreakGlassFigure
{
    public required string Basis { get; init; }

    public required string PurposeId { get; init; }

    public string? Recipient { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required int Accesses { get; init; }

    public required DateTimeOffset FirstAt { get; init; }

    public required DateTimeOffset LastAt { get; init; }

    public IReadOnlyList<string> Districts { get; init; } = [];
}

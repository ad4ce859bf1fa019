namespace CityOs.Disaster.Registry;

/// <summary>What an import took and refused. Refused rows were not imported at all.</summary>
public sealed record ImportReport
{
    public required int RowsRead { get; init; }

    public required int Imported { get; init; }

    public required int AlreadyRegistered { get; init; }

    public required int Refused { get; init; }

    /// <summary>Every problem of every refused line, in line order.</summary>
    public required IReadOnlyList<RowProblem> Problems { get; init; }
}

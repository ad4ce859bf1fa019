namespace CityOs.Benchmarks.Darp;

/// <summary>One JSON line per instance. Routes list node ids between leaving and returning to the depot.</summary>
internal sealed record DarpInstanceResult(
    string Instance,
    double Cost,
    bool Feasible,
    int Vehicles,
    long Ms,
    IReadOnlyList<IReadOnlyList<int>> Routes)
{
    public double? Optimum { get; init; }

    public double? GapPercent { get; init; }

    public string? Infeasibility { get; init; }

    /// <summary>Search iterations over all parallel searches: how much the time limit bought on this machine.</summary>
    public long Iterations { get; init; }

    public double? OrtoolsCost { get; init; }

    public bool? OrtoolsFeasible { get; init; }

    public double? OrtoolsGapPercent { get; init; }

    public long? OrtoolsMs { get; init; }

    /// <summary>Requests OR-Tools served; fewer than all makes its solution infeasible.</summary>
    public int? OrtoolsServed { get; init; }
}

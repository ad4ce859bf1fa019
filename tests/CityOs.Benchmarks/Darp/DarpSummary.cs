namespace CityOs.Benchmarks.Darp;

/// <summary>
/// The last JSON line: aggregates over all instances, gaps only over those with a known optimum. OR-Tools
/// often finds no feasible solution in the budget, so its mean gap is over the instances where it did, and
/// ours is given over the same instances for a like-for-like comparison.
/// </summary>
internal sealed record DarpSummary(int Instances, bool AllFeasible, double? MeanGapPercent, double? WorstGapPercent, long MaxMs, int TimeLimitMs)
{
    public bool Summary => true;

    public int? OrtoolsFeasibleInstances { get; init; }

    public double? OrtoolsMeanGapPercent { get; init; }

    public double? OrtoolsWorstGapPercent { get; init; }

    public double? MeanGapPercentWhereOrtoolsFeasible { get; init; }

    public static DarpSummary Of(IReadOnlyList<DarpInstanceResult> results, int timeLimitMs, bool withOrTools)
    {
        var gaps = results.Where(r => r.GapPercent.HasValue).Select(r => r.GapPercent!.Value).ToList();
        var both = results.Where(r => r.GapPercent.HasValue && r.OrtoolsGapPercent.HasValue).ToList();
        return new DarpSummary(
            results.Count,
            results.All(r => r.Feasible),
            Mean(gaps),
            gaps.Count > 0 ? Math.Round(gaps.Max(), 3) : null,
            results.Count > 0 ? results.Max(r => r.Ms) : 0,
            timeLimitMs)
        {
            OrtoolsFeasibleInstances = withOrTools ? results.Count(r => r.OrtoolsFeasible == true) : null,
            OrtoolsMeanGapPercent = Mean(both.Select(r => r.OrtoolsGapPercent!.Value).ToList()),
            OrtoolsWorstGapPercent = both.Count > 0 ? Math.Round(both.Max(r => r.OrtoolsGapPercent!.Value), 3) : null,
            MeanGapPercentWhereOrtoolsFeasible = Mean(both.Select(r => r.GapPercent!.Value).ToList()),
        };
    }

    private static double? Mean(List<double> values) => values.Count > 0 ? Math.Round(values.Average(), 3) : null;
}

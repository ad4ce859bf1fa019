namespace CityOs.Benchmarks.Darp;

/// <summary>The last JSON line: aggregates over all instances; gaps only over those with a known optimum.</summary>
internal sealed record DarpSummary(int Instances, bool AllFeasible, double? MeanGapPercent, double? WorstGapPercent, long MaxMs, int TimeLimitMs)
{
    public bool Summary => true;

    public bool? OrtoolsAllFeasible { get; init; }

    public double? OrtoolsMeanGapPercent { get; init; }

    public double? OrtoolsWorstGapPercent { get; init; }

    public static DarpSummary Of(IReadOnlyList<DarpInstanceResult> results, int timeLimitMs, bool withOrTools)
    {
        var gaps = results.Where(r => r.GapPercent.HasValue).Select(r => r.GapPercent!.Value).ToList();
        var orGaps = results.Select(r => r.OrtoolsGapPercent).ToList();
        // A missing OR-Tools solution has no gap; the mean is then undefined rather than flattering.
        var orComplete = withOrTools && gaps.Count > 0 && orGaps.All(g => g.HasValue);
        return new DarpSummary(
            results.Count,
            results.All(r => r.Feasible),
            gaps.Count > 0 ? Math.Round(gaps.Average(), 3) : null,
            gaps.Count > 0 ? Math.Round(gaps.Max(), 3) : null,
            results.Count > 0 ? results.Max(r => r.Ms) : 0,
            timeLimitMs)
        {
            OrtoolsAllFeasible = withOrTools ? results.All(r => r.OrtoolsFeasible == true) : null,
            OrtoolsMeanGapPercent = orComplete ? Math.Round(orGaps.Average(g => g!.Value), 3) : null,
            OrtoolsWorstGapPercent = orComplete ? Math.Round(orGaps.Max(g => g!.Value), 3) : null,
        };
    }
}

namespace CityOs.Web.Projects;

/// <summary>A project as the dashboard draws it: each KPI with its series, latest value and progress from baseline to target.</summary>
public sealed record ProjectView(
    string Id, string NameJa, string? NameEn, IReadOnlyList<string> Districts, DateOnly Start, DateOnly End,
    IReadOnlyList<string> Services, IReadOnlyList<string> Partners, bool Running, IReadOnlyList<KpiView> Kpis)
{
    public static ProjectView Of(DemonstrationProject p, DateOnly today) => new(
        p.Id, p.NameJa, p.NameEn, p.Districts, p.Start, p.End, p.Services, p.Partners, p.IsRunningOn(today),
        [.. p.Kpis.Select(k =>
        {
            var series = p.Points.Where(x => x.KpiId == k.Id).OrderBy(x => x.At).ToList();
            var latest = series.LastOrDefault();
            return new KpiView(k.Id, k.NameJa, k.NameEn, k.Metric, k.Unit, k.Baseline, k.Target, k.HigherIsBetter,
                latest?.Value, latest is null ? null : Math.Round(100 * k.Progress(latest.Value), 1),
                latest is not null && (k.HigherIsBetter ? latest.Value >= k.Target : latest.Value <= k.Target), series);
        })]);
}

public sealed record KpiView(
    string Id, string NameJa, string? NameEn, string Metric, string Unit, double Baseline, double Target, bool HigherIsBetter,
    double? Latest, double? ProgressPercent, bool TargetMet, IReadOnlyList<KpiPoint> Series);

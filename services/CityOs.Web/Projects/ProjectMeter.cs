using CityOs.Contracts.Office;
using CityOs.Web.Office;

namespace CityOs.Web.Projects;

/// <summary>Measures a project's platform KPIs now, from the domains' figures over the project's districts.</summary>
public sealed class ProjectMeter(FigureBoard figures, TimeProvider time)
{
    public async Task<IReadOnlyList<KpiPoint>> MeasureAsync(DemonstrationProject project, CancellationToken cancellationToken)
    {
        var metrics = project.Kpis.Select(k => KpiMetrics.Find(k.Metric)).OfType<KpiMetric>().ToList();
        if (metrics.Count == 0)
        {
            return [];
        }

        var domains = metrics.Select(m => m.Domain).ToHashSet(StringComparer.Ordinal);
        var disaster = domains.Contains("disaster") ? figures.ReadAsync<DisasterFigures>("disaster", null, cancellationToken) : Task.FromResult<DisasterFigures?>(null);
        var mobility = domains.Contains("mobility") ? figures.ReadAsync<MobilityFigures>("mobility", null, cancellationToken) : Task.FromResult<MobilityFigures?>(null);
        var childcare = domains.Contains("childcare") ? figures.ReadAsync<ChildcareFigures>("childcare", null, cancellationToken) : Task.FromResult<ChildcareFigures?>(null);
        var scoped = new ProjectFigures(await disaster, await mobility, await childcare).For(project.Districts.ToHashSet(StringComparer.Ordinal));
        var now = time.GetUtcNow();
        return Measure(project, scoped, now);
    }

    /// <summary>One point per platform KPI that has a value; a KPI whose domain is down or has nothing to count yet is skipped, not recorded as zero.</summary>
    public static IReadOnlyList<KpiPoint> Measure(DemonstrationProject project, ProjectFigures scoped, DateTimeOffset at) =>
        [.. project.Kpis
            .Select(k => (Kpi: k, Value: KpiMetrics.Find(k.Metric)?.Compute(scoped)))
            .Where(x => x.Value is not null)
            .Select(x => new KpiPoint(x.Kpi.Id, at, x.Value!.Value, "platform"))];
}

using CityOs.Web.Districts;

namespace CityOs.Web.Projects;

public sealed class ProjectService(ProjectStore store, ProjectMeter meter, DistrictCatalog districts, TimeProvider time)
{
    public sealed record Registration(DemonstrationProject? Project, Dictionary<string, string[]> Errors);

    /// <summary>Registers the project and takes its first measurement at once, so the office sees the starting point.</summary>
    public async Task<Registration> RegisterAsync(ProjectRequest request, CancellationToken cancellationToken)
    {
        var errors = ProjectValidator.Validate(request, districts.Codes);
        if (errors.Count > 0)
        {
            return new Registration(null, errors);
        }

        var project = new DemonstrationProject
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..12],
            NameJa = request.NameJa!.Trim(),
            NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim(),
            Districts = [.. request.Districts!.OfType<string>().Distinct(StringComparer.Ordinal)],
            Start = request.Period!.Start!.Value,
            End = request.Period.End!.Value,
            Services = [.. (request.Services ?? []).OfType<string>().Distinct(StringComparer.Ordinal)],
            Partners = [.. (request.Partners ?? []).OfType<string>().Select(p => p.Trim()).Distinct(StringComparer.Ordinal)],
            Kpis = [.. request.Kpis!.OfType<KpiInput>().Select((k, i) => KpiOf(k, i))],
            CreatedAt = time.GetUtcNow(),
        };
        await store.CreateAsync(project, cancellationToken);
        return new Registration(await MeasureAsync(project.Id, cancellationToken) ?? project, errors);
    }

    public async Task<DemonstrationProject?> MeasureAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } project)
        {
            return null;
        }

        var points = await meter.MeasureAsync(project, cancellationToken);
        return points.Count == 0 ? project : await store.AppendAsync(id, points, cancellationToken);
    }

    public Task<DemonstrationProject?> AddSurveyValueAsync(string id, ProjectKpi kpi, double value, DateOnly on, string? note, CancellationToken cancellationToken) =>
        store.AppendAsync(id, [new KpiPoint(kpi.Id, new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), value, KpiMetrics.Survey, note)], cancellationToken);

    private static ProjectKpi KpiOf(KpiInput input, int index)
    {
        var metric = KpiMetrics.Find(input.Metric!);
        return new ProjectKpi(
            $"k{index + 1}",
            string.IsNullOrWhiteSpace(input.NameJa) ? metric!.NameJa : input.NameJa.Trim(),
            string.IsNullOrWhiteSpace(input.NameEn) ? metric?.NameEn : input.NameEn.Trim(),
            input.Metric!,
            metric?.Unit ?? (string.IsNullOrWhiteSpace(input.Unit) ? "%" : input.Unit.Trim()),
            input.Baseline!.Value,
            input.Target!.Value);
    }
}

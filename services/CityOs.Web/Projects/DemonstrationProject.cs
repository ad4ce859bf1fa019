namespace CityOs.Web.Projects;

/// <summary>
/// A pilot the smart-city office runs (実証事業): where, when, with which services and partners, and the KPIs it is judged by.
/// One document per project; each measurement is appended to it with one ETag-checked write.
/// </summary>
public sealed record DemonstrationProject
{
    public required string Id { get; init; }

    public required string NameJa { get; init; }

    public string? NameEn { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public required IReadOnlyList<string> Services { get; init; }

    public required IReadOnlyList<string> Partners { get; init; }

    public required IReadOnlyList<ProjectKpi> Kpis { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<KpiPoint> Points { get; init; } = [];

    public bool IsRunningOn(DateOnly day) => Start <= day && day <= End;
}

/// <param name="Metric">A platform metric id from <see cref="KpiMetrics"/>, or <c>survey</c> for figures entered by hand.</param>
public sealed record ProjectKpi(string Id, string NameJa, string? NameEn, string Metric, string Unit, double Baseline, double Target)
{
    public bool HigherIsBetter => Target >= Baseline;

    /// <summary>0 at the baseline, 1 at the target; beyond either end when the value is.</summary>
    public double Progress(double value) => Target == Baseline ? 0 : (value - Baseline) / (Target - Baseline);
}

/// <param name="Source"><c>platform</c> (computed from the domains' figures) or <c>survey</c> (entered by the office).</param>
public sealed record KpiPoint(string KpiId, DateTimeOffset At, double Value, string Source, string? Note = null);

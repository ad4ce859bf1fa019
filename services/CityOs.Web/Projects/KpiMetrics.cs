using CityOs.Contracts.Office;

namespace CityOs.Web.Projects;

/// <summary>The KPIs the platform can measure by itself, each over the project's districts.</summary>
public static class KpiMetrics
{
    public const string Survey = "survey";

    public static readonly IReadOnlyList<KpiMetric> All =
    [
        new("mobility.rides-served", "デマンドタクシーの運行件数", "Demand-taxi rides served", "件", "mobility",
            f => f.Mobility is { } m ? m.Districts.Sum(d => d.Served) : null),
        new("mobility.served-share", "配車できた予約の割合", "Share of ride requests served", "%", "mobility",
            f => f.Mobility is { } m ? Percent(m.Districts.Sum(d => d.Served), m.Districts.Sum(d => d.Asked)) : null),
        new("mobility.shared-share", "乗合になった運行の割合", "Share of rides shared with another party", "%", "mobility",
            f => f.Mobility is { } m ? Percent(m.Districts.Sum(d => d.Shared), m.Districts.Sum(d => d.Served)) : null),
        new("disaster.confirmed-plan-share", "個別避難計画が確定した要支援者の割合", "Share of residents needing help with a confirmed evacuation plan", "%", "disaster",
            f => f.Disaster is { } d ? Percent(d.Districts.Sum(x => x.ConfirmedPlans), d.Districts.Sum(x => x.Registered)) : null),
        new("childcare.waiting-children", "待機児童数", "Children waiting for a place", "人", "childcare",
            f => f.Childcare is { } c ? c.Districts.Sum(d => d.Waiting) : null),
        new("childcare.vacancies", "保育施設の空き定員", "Vacant childcare places", "人", "childcare",
            f => f.Childcare is { } c ? c.Districts.Sum(d => d.Vacancies) : null),
    ];

    public static KpiMetric? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);
}

/// <param name="Compute">The value over figures already narrowed to the project's districts; null when the domain did not answer or there is nothing to divide by.</param>
public sealed record KpiMetric(string Id, string NameJa, string NameEn, string Unit, string Domain, Func<ProjectFigures, double?> Compute);

/// <summary>The domains' figures restricted to a project's districts.</summary>
public sealed record ProjectFigures(DisasterFigures? Disaster, MobilityFigures? Mobility, ChildcareFigures? Childcare)
{
    public ProjectFigures For(IReadOnlyCollection<string> districts) => new(
        Disaster is { } d ? d with { Districts = [.. d.Districts.Where(x => districts.Contains(x.District))] } : null,
        Mobility is { } m ? m with { Districts = [.. m.Districts.Where(x => districts.Contains(x.District))] } : null,
        Childcare is { } c ? c with { Districts = [.. c.Districts.Where(x => districts.Contains(x.District))] } : null);
}

using CityOs.Web.Districts;
using CityOs.Web.Office;
using CityOs.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Web.Apis;

public static class OfficeApi
{
    /// <summary>The dashboard's reads: aggregates only, for office analysts (the group requires the analyst policy).</summary>
    public static RouteGroupBuilder MapOfficeApi(this RouteGroupBuilder group)
    {
        group.MapGet("/overview", async Task<Ok<OfficeOverview>> (FigureBoard board, CancellationToken ct) => TypedResults.Ok(await board.OverviewAsync(ct)))
            .WithName("OfficeOverview").WithSummary("Alert levels, rivers, shelters, evacuation progress, rides, childcare and consent figures in one answer (counts only).");
        group.MapGet("/districts", (DistrictMapCache map) => TypedResults.Ok(map.Map))
            .WithName("OfficeDistrictMap").WithSummary("The 21 districts as schematic SVG tiles (from centre points; not official boundaries).");
        group.MapGet("/kpi-metrics", () => TypedResults.Ok(KpiMetrics.All.Select(m => new { m.Id, m.NameJa, m.NameEn, m.Unit, m.Domain })))
            .WithName("KpiMetrics").WithSummary("The KPIs the platform measures itself; anything else is a survey KPI entered by hand.");
        return group;
    }
}

using CityOs.Contracts.Office;
using CityOs.Mobility.Office;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Mobility.Apis;

public static class OfficeApi
{
    /// <summary>Ride counts per district for the office dashboard: no rider, no place.</summary>
    public static RouteGroupBuilder MapOfficeApi(this RouteGroupBuilder group)
    {
        group.MapGet("/office/figures", async Task<Ok<MobilityFigures>> (MobilityOfficeFigures figures, CancellationToken ct) => TypedResults.Ok(await figures.ComputeAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst)
            .WithName("MobilityOfficeFigures").WithSummary("Demand-taxi requests, served and shared rides per district (counts only).").WithTags("Office");
        return group;
    }
}

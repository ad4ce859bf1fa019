using CityOs.Contracts.Office;
using CityOs.Disaster.Office;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class OfficeApi
{
    /// <summary>The office dashboard's one read of this service: counts only, for analysts and the office.</summary>
    public static RouteGroupBuilder MapOfficeApi(this RouteGroupBuilder group)
    {
        group.MapGet("/office/figures", async Task<Ok<DisasterFigures>> (DisasterOfficeFigures figures, CancellationToken ct) => TypedResults.Ok(await figures.ComputeAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst)
            .WithName("DisasterOfficeFigures").WithSummary("Alert levels, evacuation progress, shelters, rivers and declarations as counts (no resident).").WithTags("Office");
        return group;
    }
}

using CityOs.Consent.Office;
using CityOs.Contracts.Office;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Consent.Apis;

public static class OfficeApi
{
    /// <summary>Opt-in rates, ledger status and break-glass accesses for the office dashboard: counts only.</summary>
    public static RouteGroupBuilder MapOfficeApi(this RouteGroupBuilder group)
    {
        group.MapGet("/office/figures", async Task<Ok<ConsentFigures>> (ConsentOfficeFigures figures, CancellationToken ct) => TypedResults.Ok(await figures.ComputeAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst)
            .WithName("ConsentOfficeFigures").WithSummary("Opt-in rates (cells under 10 suppressed), ledger verification and break-glass accesses per declaration (no resident).").WithTags("Office");
        return group;
    }
}

using CityOs.Childcare.Office;
using CityOs.Contracts.Office;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class OfficeApi
{
    /// <summary>Places and waiting children per district for the office dashboard: counts only.</summary>
    public static IEndpointRouteBuilder MapChildcareOfficeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/childcare/v1/office/figures", async (ChildcareOfficeFigures figures, CancellationToken ct) => TypedResults.Ok(await figures.ComputeAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst)
            .WithName("ChildcareOfficeFigures").WithSummary("Capacity, enrolled, vacancies and waiting children per district (counts only).").WithTags("Office");
        return app;
    }
}

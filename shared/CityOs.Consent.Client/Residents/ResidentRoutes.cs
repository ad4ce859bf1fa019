using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CityOs.Consent.Client.Residents;

public static class ResidentRoutes
{
    /// <summary>
    /// <c>/residents/{residentId}</c> for the companion app: a resident, their recorded family member or care manager,
    /// or a counter clerk with a recorded relationship. Handlers take a <see cref="SignedInResident"/> parameter.
    /// </summary>
    public static RouteGroupBuilder MapResidentGroup(this IEndpointRouteBuilder group, string domain) =>
        group.MapGroup("/residents/{residentId}")
            .RequireAuthorization(CityPolicies.ActForResident)
            .AddEndpointFilter(new ResidentRouteFilter(domain))
            .WithTags("Residents")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}

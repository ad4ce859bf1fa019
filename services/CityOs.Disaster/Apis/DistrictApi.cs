using CityOs.Disaster.Districts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class DistrictApi
{
    public static RouteGroupBuilder MapDistrictApi(this RouteGroupBuilder group)
    {
        group.MapGet("/districts", async Task<Ok<IReadOnlyList<District>>> (DistrictStore districts, CancellationToken cancellationToken) =>
                TypedResults.Ok(await districts.ListAsync(cancellationToken)))
            .WithName("ListDistricts").WithSummary("The city's districts with approximate centres (open data).").WithTags("Districts");
        return group;
    }
}

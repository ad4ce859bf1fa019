using CityOs.Disaster.Rivers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class RiverApi
{
    public static RouteGroupBuilder MapRiverApi(this RouteGroupBuilder group)
    {
        var rivers = group.MapGroup("/river-levels").WithTags("Rivers");
        rivers.MapGet("/", ListAsync).WithName("ListRiverLevels").WithSummary("Latest level of every river gauge station (open data).");
        rivers.MapGet("/{stationId}", GetAsync).WithName("GetRiverLevel").WithSummary("One station with its recent readings.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<RiverStation>>> ListAsync(RiverStationStore stations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stations.ListAsync(cancellationToken));

    private static async Task<Results<Ok<RiverStation>, NotFound>> GetAsync(string stationId, RiverStationStore stations, CancellationToken cancellationToken) =>
        await stations.GetAsync(stationId, cancellationToken) is { } station ? TypedResults.Ok(station) : TypedResults.NotFound();
}

using CityOs.Mobility.Cycles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Mobility.Apis;

public static class CycleApi
{
    public static RouteGroupBuilder MapCycleApi(this RouteGroupBuilder group)
    {
        var gbfs = group.MapGroup("/gbfs").WithTags("Share cycles");
        gbfs.MapGet("/gbfs.json", Discovery).WithName("GbfsDiscovery").WithSummary("GBFS v2.3 auto-discovery: the feeds below.");
        gbfs.MapGet("/station_information.json", StationInformationAsync).WithName("GbfsStationInformation")
            .WithSummary("GBFS v2.3 station_information: where the share-cycle docks are and how many bikes each holds.");
        gbfs.MapGet("/station_status.json", StationStatusAsync).WithName("GbfsStationStatus")
            .WithSummary("GBFS v2.3 station_status: bikes and free slots at each dock, as last reported.");
        return group;
    }

    private static Ok<GbfsFeed<GbfsDiscovery>> Discovery(HttpRequest request, GbfsFeeds feeds)
    {
        // The feeds sit beside gbfs.json, wherever a proxy or the gateway mounted this API.
        var self = request.Path.Value ?? "";
        return TypedResults.Ok(feeds.Discovery($"{request.Scheme}://{request.Host}{request.PathBase}{self[..self.LastIndexOf('/')]}"));
    }

    private static async Task<Ok<GbfsFeed<GbfsStations<GbfsStationInformation>>>> StationInformationAsync(GbfsFeeds feeds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feeds.StationInformationAsync(cancellationToken));

    private static async Task<Ok<GbfsFeed<GbfsStations<GbfsStationStatus>>>> StationStatusAsync(GbfsFeeds feeds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feeds.StationStatusAsync(cancellationToken));
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Share-cycle docks (from Mobility's GBFS feeds) and buses (from its GTFS-Realtime feed, JSON form).</summary>
public sealed class MobilitySource(IHttpClientFactory clients) : IEntitySource
{
    public const string HttpClientName = "cityos-mobility";

    private const string Api = "api/mobility/v1/";

    public IReadOnlyList<string> Types { get; } = ["CycleStation", "BusVehicle"];

    public async Task<IReadOnlyList<NgsiEntity>> ListAsync(string type, CancellationToken cancellationToken) => type switch
    {
        "CycleStation" => await StationsAsync(cancellationToken),
        "BusVehicle" => await BusesAsync(cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<NgsiEntity>> StationsAsync(CancellationToken cancellationToken)
    {
        var information = GetAsync<GbfsDto<GbfsStationsDto<GbfsInformationDto>>>("gbfs/station_information.json", cancellationToken);
        var status = GetAsync<GbfsDto<GbfsStationsDto<GbfsStatusDto>>>("gbfs/station_status.json", cancellationToken);
        var statusById = (await status).Data.Stations.ToDictionary(s => s.StationId, StringComparer.Ordinal);
        return [.. (await information).Data.Stations.Select(i =>
        {
            var entity = new NgsiEntity("CycleStation", i.StationId)
                .Property("name", i.Name)
                .Property("district", i.RegionId)
                .At(i.Lon, i.Lat)
                .Property("capacity", i.Capacity);
            if (statusById.TryGetValue(i.StationId, out var s))
            {
                var at = DateTimeOffset.FromUnixTimeSeconds(s.LastReported);
                entity.Property("availableBikeNumber", s.NumBikesAvailable, at)
                    .Property("freeSlotNumber", s.NumDocksAvailable, at)
                    .Property("isRenting", s.IsRenting)
                    .Property("isReturning", s.IsReturning);
            }

            return entity;
        })];
    }

    private async Task<IReadOnlyList<NgsiEntity>> BusesAsync(CancellationToken cancellationToken)
    {
        var feed = await GetAsync<RealtimeFeedDto>("gtfs-rt/vehicle-positions?format=json", cancellationToken);
        return [.. (feed.Entity ?? []).Where(e => e.Vehicle?.Position is not null).Select(e =>
        {
            var v = e.Vehicle!;
            var at = long.TryParse(v.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
            return new NgsiEntity("BusVehicle", v.Vehicle?.Id ?? e.Id)
                .At(v.Position!.Longitude, v.Position.Latitude)
                .Property("trip", v.Trip?.TripId, at)
                .Property("route", v.Trip?.RouteId)
                .Property("bearing", v.Position.Bearing, at)
                .Property("speed", v.Position.Speed, at, "MTS");
        })];
    }

    private Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) => SourceJson.GetAsync<T>(clients.CreateClient(HttpClientName), Api + path, "mobility", cancellationToken);
}

public sealed record GbfsDto<T>([property: JsonPropertyName("data")] T Data);

public sealed record GbfsStationsDto<T>([property: JsonPropertyName("stations")] IReadOnlyList<T> Stations);

public sealed record GbfsInformationDto(
    [property: JsonPropertyName("station_id")] string StationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("capacity")] int Capacity,
    [property: JsonPropertyName("region_id")] string? RegionId);

public sealed record GbfsStatusDto(
    [property: JsonPropertyName("station_id")] string StationId,
    [property: JsonPropertyName("num_bikes_available")] int NumBikesAvailable,
    [property: JsonPropertyName("num_docks_available")] int NumDocksAvailable,
    [property: JsonPropertyName("is_renting")] bool IsRenting,
    [property: JsonPropertyName("is_returning")] bool IsReturning,
    [property: JsonPropertyName("last_reported")] long LastReported);

/// <summary>GTFS-Realtime in protobuf's JSON mapping (camelCase; 64-bit timestamps as strings).</summary>
public sealed record RealtimeFeedDto(IReadOnlyList<RealtimeEntityDto>? Entity);

public sealed record RealtimeEntityDto(string Id, RealtimeVehicleDto? Vehicle);

public sealed record RealtimeVehicleDto(RealtimeTripDto? Trip, RealtimePositionDto? Position, string? Timestamp, RealtimeDescriptorDto? Vehicle);

public sealed record RealtimeTripDto(string? TripId, string? RouteId);

public sealed record RealtimePositionDto(double Latitude, double Longitude, double? Bearing, double? Speed);

public sealed record RealtimeDescriptorDto(string? Id);

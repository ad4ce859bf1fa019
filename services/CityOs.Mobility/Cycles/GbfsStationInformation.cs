using System.Text.Json.Serialization;

namespace CityOs.Mobility.Cycles;

public sealed record GbfsStationInformation(
    [property: JsonPropertyName("station_id")] string StationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("capacity")] int Capacity,
    [property: JsonPropertyName("region_id")] string RegionId);

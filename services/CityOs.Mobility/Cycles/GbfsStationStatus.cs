using System.Text.Json.Serialization;

namespace CityOs.Mobility.Cycles;

public sealed record GbfsStationStatus(
    [property: JsonPropertyName("station_id")] string StationId,
    [property: JsonPropertyName("num_bikes_available")] int NumBikesAvailable,
    [property: JsonPropertyName("num_docks_available")] int NumDocksAvailable,
    [property: JsonPropertyName("is_installed")] bool IsInstalled,
    [property: JsonPropertyName("is_renting")] bool IsRenting,
    [property: JsonPropertyName("is_returning")] bool IsReturning,
    [property: JsonPropertyName("last_reported")] long LastReported);

using System.Text.Json.Serialization;

namespace CityOs.Mobility.Cycles;

/// <summary>The envelope every GBFS v2.3 file shares; names are GBFS's snake_case, not the API's camelCase.</summary>
public sealed record GbfsFeed<T>(
    [property: JsonPropertyName("last_updated")] long LastUpdated,
    [property: JsonPropertyName("ttl")] int Ttl,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("data")] T Data);

using System.Text.Json.Serialization;

namespace CityOs.Mobility.Cycles;

/// <summary>The <c>data</c> of station_information.json and station_status.json: a list of stations.</summary>
public sealed record GbfsStations<T>([property: JsonPropertyName("stations")] IReadOnlyList<T> Stations);

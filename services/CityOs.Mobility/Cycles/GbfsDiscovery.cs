using System.Text.Json.Serialization;

namespace CityOs.Mobility.Cycles;

/// <summary>gbfs.json's data: the feeds per language.</summary>
public sealed record GbfsDiscovery([property: JsonPropertyName("ja")] GbfsFeedList Ja);

public sealed record GbfsFeedList([property: JsonPropertyName("feeds")] IReadOnlyList<GbfsFeedLink> Feeds);

public sealed record GbfsFeedLink([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("url")] string Url);

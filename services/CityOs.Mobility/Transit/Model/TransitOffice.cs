namespace CityOs.Mobility.Transit.Model;

/// <summary>GTFS-JP office_jp.txt: a depot (営業所), named on trips so riders can call the right office.</summary>
public sealed record TransitOffice(string OfficeId, string Name, string? Url, string? Phone);

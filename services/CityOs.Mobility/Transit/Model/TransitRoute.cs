namespace CityOs.Mobility.Transit.Model;

/// <summary>routes.txt plus GTFS-JP's routes_jp.txt (origin, via and destination as printed on the bus).</summary>
public sealed record TransitRoute
{
    public required string RouteId { get; init; }

    public string? AgencyId { get; init; }

    public string? ShortName { get; init; }

    public string? LongName { get; init; }

    public string? LongNameEn { get; init; }

    public required int RouteType { get; init; }

    public string? Color { get; init; }

    public string? TextColor { get; init; }

    public string? Origin { get; init; }

    public string? Via { get; init; }

    public string? Destination { get; init; }

    /// <summary>What a passenger reads: the long name, else the short name (GTFS requires one of them).</summary>
    public string DisplayName => LongName ?? ShortName ?? RouteId;

    public string DisplayNameEn => LongNameEn ?? ShortName ?? LongName ?? RouteId;
}

namespace CityOs.Disaster.Districts;

/// <summary>One of the city's 21 districts (data/districts.csv). Centres are approximate, for simulation only.</summary>
public sealed record District
{
    public required string Code { get; init; }

    public required string NameJa { get; init; }

    public required string NameEn { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    /// <summary>urban | suburban | rural.</summary>
    public required string Terrain { get; init; }

    public required int Population { get; init; }
}

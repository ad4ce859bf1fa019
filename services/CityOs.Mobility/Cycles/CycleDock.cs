namespace CityOs.Mobility.Cycles;

/// <summary>A share-cycle dock from the catalogue (data/cycles/docks.json): where it is and how many bikes it holds.</summary>
public sealed record CycleDock
{
    public required string DockId { get; init; }

    public required string NameJa { get; init; }

    public required string NameEn { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required int Capacity { get; init; }

    /// <summary>District code from data/districts.csv.</summary>
    public required string District { get; init; }
}

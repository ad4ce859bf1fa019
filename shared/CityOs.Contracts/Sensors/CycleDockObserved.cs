namespace CityOs.Contracts.Sensors;

/// <summary>A validated share-cycle dock status.</summary>
public sealed record CycleDockObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string DockId { get; init; }

    public required string DeviceId { get; init; }

    /// <summary>District code from data/districts.csv.</summary>
    public required string District { get; init; }

    public required int BikesAvailable { get; init; }

    public required int DocksFree { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }
}

namespace CityOs.Contracts.Sensors;

/// <summary>A share-cycle dock's counters: how many bikes stand ready and how many slots are free.</summary>
public sealed record CycleDockObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string DockId { get; init; }

    public required string DeviceId { get; init; }

    public required int BikesAvailable { get; init; }

    public required int DocksFree { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>District code from data/districts.csv, when known.</summary>
    public string? District { get; init; }
}

namespace CityOs.Contracts.Sensors;

/// <summary>A validated river-gauge reading. Non-personal: a station, a level and a time.</summary>
public sealed record RiverLevelObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string StationId { get; init; }

    public required string DeviceId { get; init; }

    /// <summary>District code from data/districts.csv, e.g. <c>odono</c>.</summary>
    public required string District { get; init; }

    public required double WaterLevelMeters { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }
}

namespace CityOs.Contracts.Sensors;

/// <summary>A validated shelter people-counter reading: a head count, never who the people are.</summary>
public sealed record ShelterOccupancyObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string ShelterId { get; init; }

    public required string DeviceId { get; init; }

    /// <summary>District code from data/districts.csv.</summary>
    public required string District { get; init; }

    public required int PeoplePresent { get; init; }

    /// <summary>Absent when the counter does not know the shelter's capacity.</summary>
    public int? Capacity { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }
}

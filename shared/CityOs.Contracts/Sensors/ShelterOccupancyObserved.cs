namespace CityOs.Contracts.Sensors;

/// <summary>A shelter's people counter reading. Non-personal: a count, a shelter and a time.</summary>
public sealed record ShelterOccupancyObserved
{
    public required string ReadingId { get; init; }

    public required string ShelterId { get; init; }

    public required string DeviceId { get; init; }

    public required int PeopleCount { get; init; }

    public int? Capacity { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }

    public string? District { get; init; }
}

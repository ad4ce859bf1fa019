namespace CityOs.Disaster.Shelters;

/// <summary>A shelter (避難所) with its facilities and live occupancy. Non-personal: published as open data.</summary>
public sealed record Shelter
{
    public required string Id { get; init; }

    public required string NameJa { get; init; }

    public required string NameEn { get; init; }

    public required string District { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required int Capacity { get; init; }

    public required bool WheelchairAccessible { get; init; }

    /// <summary>福祉避難所: staffed for people who need care (bedridden residents go only here).</summary>
    public required bool Welfare { get; init; }

    public bool Pets { get; init; }

    public bool Open { get; init; } = true;

    public int Occupancy { get; init; }

    public DateTimeOffset? OccupancyObservedAt { get; init; }

    public int Room => Math.Max(0, Capacity - Occupancy);
}

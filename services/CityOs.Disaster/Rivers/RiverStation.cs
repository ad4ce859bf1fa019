namespace CityOs.Disaster.Rivers;

/// <summary>One gauge station's latest state; recent reading ids make redelivered readings harmless.</summary>
public sealed record RiverStation
{
    public required string StationId { get; init; }

    public required string District { get; init; }

    public double? LatestLevelMeters { get; init; }

    public DateTimeOffset? LatestObservedAt { get; init; }

    public List<RiverReading> Recent { get; init; } = [];
}

public sealed record RiverReading(string ReadingId, double LevelMeters, DateTimeOffset ObservedAt);

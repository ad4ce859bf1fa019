namespace CityOs.Disaster.Alerts;

/// <summary>A change of a district's alert level, as published in the CAP feed.</summary>
public sealed record DisasterAlert
{
    public required Guid Id { get; init; }

    public required string District { get; init; }

    public required int Level { get; init; }

    public required int PreviousLevel { get; init; }

    public required string StationId { get; init; }

    public required double LevelMeters { get; init; }

    public required DateTimeOffset At { get; init; }
}

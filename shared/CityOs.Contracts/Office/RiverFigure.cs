namespace CityOs.Contracts.Office;

/// <summary>A river gauge with its recent readings and the levels that raise alerts 3, 4 and 5.</summary>
public sealed record RiverFigure
{
    public required string StationId { get; init; }

    public required string District { get; init; }

    public string? RiverJa { get; init; }

    public required double EvacuationJudgementM { get; init; }

    public required double FloodDangerM { get; init; }

    public required double FloodingM { get; init; }

    public required IReadOnlyList<RiverPoint> Readings { get; init; }
}

public sealed record RiverPoint(DateTimeOffset At, double LevelMeters);

namespace CityOs.Disaster.Alerts;

/// <summary>A gauge's reference water levels in metres (水位観測所の基準水位) and the district it warns.</summary>
public sealed record GaugeThresholds
{
    public required string StationId { get; init; }

    public required string District { get; init; }

    public string? RiverJa { get; init; }

    public required double StandbyM { get; init; }

    public required double CautionM { get; init; }

    public required double EvacuationJudgementM { get; init; }

    public required double FloodDangerM { get; init; }

    public required double FloodingM { get; init; }

    /// <summary>The evacuation alert level (警戒レベル) a water level implies: 3 at evacuation judgement, 4 at flood danger, 5 at flooding.</summary>
    public int LevelFor(double meters) => meters switch
    {
        _ when meters >= FloodingM => 5,
        _ when meters >= FloodDangerM => 4,
        _ when meters >= EvacuationJudgementM => 3,
        _ when meters >= CautionM => 2,
        _ when meters >= StandbyM => 1,
        _ => 0,
    };
}

namespace CityOs.Contracts.Office;

/// <summary>One district's alert level and evacuation counts (registered residents who need help to evacuate).</summary>
public sealed record DistrictDisasterFigures
{
    public required string District { get; init; }

    /// <summary>警戒レベル 0–5 from the district's river gauges.</summary>
    public required int AlertLevel { get; init; }

    public required int Registered { get; init; }

    /// <summary>Registered residents whose individual evacuation plan (個別避難計画) staff have confirmed.</summary>
    public required int ConfirmedPlans { get; init; }

    /// <summary>Guided: the service worked out where and how they go; assisted or unassisted are its two outcomes.</summary>
    public required int Guided { get; init; }

    public required int Assisted { get; init; }

    public required int Unassisted { get; init; }

    public required int Safe { get; init; }

    public required int NeedsHelp { get; init; }

    public required int AtShelter { get; init; }
}

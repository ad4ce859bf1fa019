namespace CityOs.Disaster.Guidance;

/// <summary>One document per district holds all its current guidance: an alert writes 21 documents, not thousands.</summary>
public sealed record DistrictPlanSet
{
    public required string District { get; init; }

    public required DateTimeOffset At { get; init; }

    public required IReadOnlyList<ResidentGuidance> Guidance { get; init; }
}

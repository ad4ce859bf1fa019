namespace CityOs.Disaster.Guidance;

/// <summary>The planner's answer for one resident, before any link to Mobility is asked for.</summary>
public sealed record PlannedGuidance(
    string Pseudonym,
    string District,
    string? ShelterId,
    string? SupporterId,
    string Method,
    bool NeedsVehicle,
    string? Reason,
    string PlanSource);

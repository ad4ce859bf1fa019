namespace CityOs.Mobility.Rides;

/// <summary>
/// All routes of one operating day as one document, so a booking replaces the plan under one ETag.
/// Stops keep their planned time; stops planned before now count as served.
/// </summary>
public sealed record RidePlan
{
    public required DateOnly Day { get; init; }

    public required IReadOnlyList<PlannedRoute> Routes { get; init; }
}

namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>A plan with its cost (total travel time of all routes) and the schedule of every route.</summary>
public sealed record DispatchSolution(DispatchPlan Plan, double Cost, IReadOnlyList<RouteSchedule> Schedules)
{
    public IReadOnlyList<int> Unassigned => Plan.Unassigned;

    public bool AllAssigned => Plan.Unassigned.Count == 0;

    public int VehiclesUsed => Plan.Routes.Count(r => r.Stops.Count > 0);

    /// <summary>Search iterations run, over all parallel searches; zero for a plan that was only scheduled.</summary>
    public long Iterations { get; init; }
}

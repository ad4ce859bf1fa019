using CityOs.Mobility.Dispatching.Planning;

namespace CityOs.Mobility.Dispatching.Scheduling;

/// <summary>The verdict on one route: feasible with its schedule, or the first constraint it breaks.</summary>
public sealed record RouteCheck(RouteViolation Violation, double Cost, RouteSchedule? Schedule)
{
    public bool IsFeasible => Violation == RouteViolation.None;
}

using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Scheduling;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>Moves between the public plan records and the search's mutable state.</summary>
internal static class PlanConverter
{
    /// <summary>
    /// Loads a plan. A route that is no longer feasible (say, after a delay) keeps only its locked stops
    /// and releases the rest for reinsertion; a locked prefix that is itself infeasible is an error.
    /// </summary>
    public static SearchState ToState(DispatchProblem problem, DispatchPlan plan)
    {
        if (plan.Routes.Count != problem.Vehicles.Count || plan.Routes.Where((r, v) => r.Vehicle != v).Any())
        {
            throw new ArgumentException("The plan must hold exactly one route per vehicle, in vehicle order.", nameof(plan));
        }

        var state = new SearchState(problem);
        foreach (var route in plan.Routes)
        {
            if (route.LockedStops < 0 || route.LockedStops > route.Stops.Count)
            {
                throw new ArgumentException($"Route of vehicle {route.Vehicle} locks {route.LockedStops} of {route.Stops.Count} stops.", nameof(plan));
            }

            var kept = RouteChecker.Check(problem, route).IsFeasible ? route : KeepLocked(route);
            if (!ReferenceEquals(kept, route) && RouteChecker.Check(problem, kept) is { IsFeasible: false } recheck)
            {
                throw new InvalidOperationException(
                    $"The route of vehicle {route.Vehicle} is infeasible even with only its locked stops ({recheck.Violation}).");
            }

            var nodes = RouteChecker.ToNodes(problem, kept);
            state.Routes[route.Vehicle].Reset(problem, nodes, kept.LockedStops);
            foreach (var stop in kept.Stops)
            {
                if (state.RouteOf[stop.Request] >= 0 && state.RouteOf[stop.Request] != route.Vehicle)
                {
                    throw new ArgumentException($"Request {stop.Request} is planned on two vehicles.", nameof(plan));
                }

                state.RouteOf[stop.Request] = route.Vehicle;
            }
        }

        for (var r = 0; r < problem.Requests.Count; r++)
        {
            if (state.RouteOf[r] < 0)
            {
                state.Unassigned.Add(r);
            }
        }

        return state;
    }

    public static DispatchPlan ToPlan(SearchState state)
    {
        var problem = state.Problem;
        var routes = state.Routes.Select(route =>
        {
            var stops = new Stop[route.Count - 2];
            for (var k = 1; k < route.Last; k++)
            {
                var node = route.Nodes[k];
                stops[k - 1] = new Stop(problem.RequestOf(node), problem.IsPickup(node) ? StopKind.Pickup : StopKind.Dropoff);
            }

            return new RoutePlan(route.Vehicle, stops) { LockedStops = route.Locked };
        }).ToArray();
        return new DispatchPlan(routes, state.Unassigned.Order().ToArray());
    }

    public static DispatchSolution ToSolution(DispatchProblem problem, DispatchPlan plan)
    {
        var schedules = new List<RouteSchedule>(plan.Routes.Count);
        var cost = 0.0;
        foreach (var route in plan.Routes)
        {
            var check = RouteChecker.Check(problem, route);
            if (!check.IsFeasible)
            {
                throw new InvalidOperationException($"The route of vehicle {route.Vehicle} is infeasible ({check.Violation}).");
            }

            cost += check.Cost;
            schedules.Add(check.Schedule!);
        }

        return new DispatchSolution(plan, cost, schedules);
    }

    private static RoutePlan KeepLocked(RoutePlan route)
    {
        var locked = route.Stops.Take(route.LockedStops).ToList();
        var onBoard = locked.Where(s => s.Kind == StopKind.Pickup).Select(s => s.Request)
            .Except(locked.Where(s => s.Kind == StopKind.Dropoff).Select(s => s.Request)).ToHashSet();
        // Passengers already on board must still be dropped off, in the order planned.
        locked.AddRange(route.Stops.Skip(route.LockedStops).Where(s => s.Kind == StopKind.Dropoff && onBoard.Contains(s.Request)));
        return route with { Stops = locked };
    }
}

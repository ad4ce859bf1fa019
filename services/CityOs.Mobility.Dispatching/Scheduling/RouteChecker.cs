using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;

namespace CityOs.Mobility.Dispatching.Scheduling;

/// <summary>Checks a route against every constraint and times it; the entry point for callers outside the search.</summary>
public static class RouteChecker
{
    public static RouteCheck Check(DispatchProblem problem, RoutePlan route)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(route);
        if (route.Vehicle < 0 || route.Vehicle >= problem.Vehicles.Count || !IsWellFormed(problem, route.Stops))
        {
            return new RouteCheck(RouteViolation.MalformedRoute, double.NaN, null);
        }

        var nodes = ToNodes(problem, route);
        var cost = Cost(problem, nodes);
        var ws = new ScheduleWorkspace();
        var violation = EightStepScheduler.Schedule(problem, route.Vehicle, nodes, ws);
        return violation == RouteViolation.None
            ? new RouteCheck(violation, cost, ToSchedule(problem, route, nodes, ws))
            : new RouteCheck(violation, cost, null);
    }

    internal static int[] ToNodes(DispatchProblem problem, RoutePlan route)
    {
        var nodes = new int[route.Stops.Count + 2];
        nodes[0] = DispatchProblem.StartNode(route.Vehicle);
        nodes[^1] = DispatchProblem.EndNode(route.Vehicle);
        for (var k = 0; k < route.Stops.Count; k++)
        {
            var stop = route.Stops[k];
            nodes[k + 1] = stop.Kind == StopKind.Pickup ? problem.PickupNode(stop.Request) : problem.DropoffNode(stop.Request);
        }

        return nodes;
    }

    internal static double Cost(DispatchProblem problem, ReadOnlySpan<int> nodes)
    {
        var cost = 0.0;
        for (var k = 1; k < nodes.Length; k++)
        {
            cost += problem.Time(nodes[k - 1], nodes[k]);
        }

        return cost;
    }

    internal static RouteSchedule ToSchedule(DispatchProblem problem, RoutePlan route, ReadOnlySpan<int> nodes, ScheduleWorkspace ws)
    {
        var stops = new ScheduledStop[route.Stops.Count];
        var load = 0;
        for (var k = 1; k < nodes.Length - 1; k++)
        {
            load += problem.Demand[nodes[k]];
            var begin = ws.Begin[k];
            stops[k - 1] = new ScheduledStop(route.Stops[k - 1], ws.Arrival[k], begin, begin + problem.ServiceTime[nodes[k]], load);
        }

        return new RouteSchedule(route.Vehicle, ws.Begin[0], ws.Begin[nodes.Length - 1], stops);
    }

    private static bool IsWellFormed(DispatchProblem problem, IReadOnlyList<Stop> stops)
    {
        var state = new Dictionary<int, StopKind>();
        foreach (var stop in stops)
        {
            if (stop.Request < 0 || stop.Request >= problem.Requests.Count)
            {
                return false;
            }

            var seen = state.TryGetValue(stop.Request, out var kind);
            var ok = stop.Kind == StopKind.Pickup ? !seen : seen && kind == StopKind.Pickup;
            if (!ok)
            {
                return false;
            }

            state[stop.Request] = stop.Kind;
        }

        return state.Values.All(k => k == StopKind.Dropoff);
    }
}

using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;

namespace CityOs.Mobility.Dispatching.Scheduling;

/// <summary>
/// Times a fixed sequence of nodes with the eight-step procedure of Cordeau and Laporte (2003): start as
/// early as possible, delay the departure by the forward time slack to shorten the route, then delay each
/// pick-up by its slack to shorten ride times without breaking any window or ride time already fixed.
/// A route is accepted only when the resulting schedule meets every constraint, so "feasible" always comes
/// with a schedule that proves it.
/// </summary>
internal static class EightStepScheduler
{
    /// <summary>Floating-point slack only: constraints are checked strictly otherwise.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>
    /// Schedules <paramref name="nodes"/> (start depot first, end depot last) for <paramref name="vehicle"/>.
    /// On return the workspace holds arrival, begin and wait per position.
    /// </summary>
    /// <param name="verdictOnly">
    /// Stop as soon as the verdict is known. Step 7 only shortens ride times and never breaks a constraint, so a
    /// schedule that already passes after step 5 is feasible; the search takes that shortcut, callers that
    /// publish the schedule do not.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RouteViolation Schedule(DispatchProblem problem, int vehicle, ReadOnlySpan<int> nodes, ScheduleWorkspace ws, bool verdictOnly = false)
    {
        var last = nodes.Length - 1;
        ws.EnsureCapacity(nodes.Length, problem.Requests.Count);
        if (!IndexPickupsAndCheckLoad(problem, problem.Capacity[vehicle], nodes, ws))
        {
            return RouteViolation.Capacity;
        }

        var begin = ws.Begin;
        begin[0] = problem.Earliest[nodes[0]];
        Propagate(problem, nodes, ws, 1);
        for (var k = 1; k <= last; k++)
        {
            if (begin[k] > problem.Latest[nodes[k]] + Tolerance)
            {
                return RouteViolation.TimeWindow;
            }
        }

        DelayBy(problem, nodes, ws, 0);
        if (verdictOnly && Verify(problem, problem.MaxRouteDuration[vehicle], nodes, ws) is var early
            && early is RouteViolation.None or RouteViolation.RouteDuration)
        {
            // Later delays move no end time, so a too-long route stays too long.
            return early;
        }

        for (var k = 1; k < last; k++)
        {
            if (problem.IsPickup(nodes[k]))
            {
                DelayBy(problem, nodes, ws, k);
            }
        }

        return Verify(problem, problem.MaxRouteDuration[vehicle], nodes, ws);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IndexPickupsAndCheckLoad(DispatchProblem problem, int capacity, ReadOnlySpan<int> nodes, ScheduleWorkspace ws)
    {
        ws.NextRoute();
        var load = 0;
        for (var k = 0; k < nodes.Length; k++)
        {
            var node = nodes[k];
            ws.PickupPosition[k] = -1;
            if (!problem.IsRequestNode(node))
            {
                continue;
            }

            load += problem.Demand[node];
            if (load > capacity)
            {
                return false;
            }

            if (problem.IsPickup(node))
            {
                ws.RememberPickup(problem.RequestOf(node), k);
            }
            else
            {
                ws.PickupPosition[k] = ws.PickupPositionOf(problem.RequestOf(node));
            }
        }

        return true;
    }

    /// <summary>Recomputes arrival, begin and wait from position <paramref name="from"/> on, starting as early as allowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Propagate(DispatchProblem problem, ReadOnlySpan<int> nodes, ScheduleWorkspace ws, int from)
    {
        double[] arrival = ws.Arrival, begin = ws.Begin, wait = ws.Wait;
        for (var k = Math.Max(from, 1); k < nodes.Length; k++)
        {
            int prev = nodes[k - 1], node = nodes[k];
            arrival[k] = begin[k - 1] + problem.ServiceTime[prev] + problem.Time(prev, node);
            begin[k] = Math.Max(arrival[k], problem.Earliest[node]);
            wait[k] = begin[k] - arrival[k];
        }
    }

    /// <summary>Steps 4 and 7: delays the start of service at <paramref name="position"/> by as much as the waiting after it can absorb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DelayBy(DispatchProblem problem, ReadOnlySpan<int> nodes, ScheduleWorkspace ws, int position)
    {
        var waitingAfter = 0.0;
        for (var k = position + 1; k < nodes.Length - 1; k++)
        {
            waitingAfter += ws.Wait[k];
        }

        if (waitingAfter <= 0)
        {
            return;
        }

        var delay = Math.Min(ForwardSlack(problem, nodes, ws, position), waitingAfter);
        if (delay <= 0)
        {
            return;
        }

        ws.Begin[position] += delay;
        ws.Wait[position] += delay;
        Propagate(problem, nodes, ws, position + 1);
    }

    /// <summary>
    /// How far service at <paramref name="position"/> can be postponed without breaking a later window or the
    /// ride time of a passenger already on board (Cordeau and Laporte's F_i).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double ForwardSlack(DispatchProblem problem, ReadOnlySpan<int> nodes, ScheduleWorkspace ws, int position)
    {
        double[] begin = ws.Begin, wait = ws.Wait;
        var slack = double.MaxValue;
        var cumulativeWait = 0.0;
        for (var k = position; k < nodes.Length && cumulativeWait < slack; k++)
        {
            if (k > position)
            {
                cumulativeWait += wait[k];
            }

            var node = nodes[k];
            var room = problem.Latest[node] - begin[k];
            var pickup = ws.PickupPosition[k];
            if (pickup >= 0 && pickup < position)
            {
                var ride = begin[k] - (begin[pickup] + problem.ServiceTime[nodes[pickup]]);
                room = Math.Min(room, problem.MaxRideOf[problem.RequestOf(node)] - ride);
            }

            slack = Math.Min(slack, cumulativeWait + Math.Max(room, 0));
        }

        return slack;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RouteViolation Verify(DispatchProblem problem, double maxDuration, ReadOnlySpan<int> nodes, ScheduleWorkspace ws)
    {
        var begin = ws.Begin;
        var last = nodes.Length - 1;
        if (begin[0] > problem.Latest[nodes[0]] + Tolerance)
        {
            return RouteViolation.TimeWindow;
        }

        if (begin[last] - begin[0] > maxDuration + Tolerance)
        {
            return RouteViolation.RouteDuration;
        }

        for (var k = 1; k <= last; k++)
        {
            var node = nodes[k];
            if (begin[k] > problem.Latest[node] + Tolerance)
            {
                return RouteViolation.TimeWindow;
            }

            var pickup = ws.PickupPosition[k];
            if (pickup >= 0 && begin[k] - (begin[pickup] + problem.ServiceTime[nodes[pickup]]) > problem.MaxRideOf[problem.RequestOf(node)] + Tolerance)
            {
                return RouteViolation.RideTime;
            }
        }

        return RouteViolation.None;
    }
}

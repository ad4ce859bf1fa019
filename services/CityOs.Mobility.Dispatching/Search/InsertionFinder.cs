using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Scheduling;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Finds the cheapest feasible place for a request in a route. Positions are first screened with necessary
/// conditions (capacity, windows against earliest/latest times, the passenger's own minimum ride); the
/// survivors are then scheduled exactly, cheapest first, until one passes.
/// </summary>
internal sealed class InsertionFinder(DispatchProblem problem)
{
    private readonly ScheduleWorkspace _workspace = new();
    private readonly List<(double Delta, int PickAfter, int DropAfter)> _candidates = new(512);
    private int[] _sequence = new int[64];

    /// <summary>Exact schedules tried per route before giving up on it; bounds the cost of hopeless routes.</summary>
    public int MaxExactChecks { get; set; } = int.MaxValue;

    /// <summary>
    /// The cheapest position that passes the screening, not yet scheduled: a lower bound on <see cref="BestIn"/>
    /// that costs a fraction of it, for callers that need the exact answer only for their most promising routes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public InsertionPoint CheapestCandidateIn(WorkingRoute route, int routeIndex, int request)
    {
        if (!Screen(route, request))
        {
            return InsertionPoint.None;
        }

        var best = 0;
        for (var c = 1; c < _candidates.Count; c++)
        {
            if (_candidates[c].Delta < _candidates[best].Delta)
            {
                best = c;
            }
        }

        var (delta, pickAfter, dropAfter) = _candidates[best];
        return new InsertionPoint(routeIndex, pickAfter, dropAfter, delta);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public InsertionPoint BestIn(WorkingRoute route, int routeIndex, int request)
    {
        if (!Screen(route, request))
        {
            return InsertionPoint.None;
        }

        for (var attempt = 0; attempt < MaxExactChecks && _candidates.Count > 0; attempt++)
        {
            var best = 0;
            for (var c = 1; c < _candidates.Count; c++)
            {
                if (_candidates[c].Delta < _candidates[best].Delta)
                {
                    best = c;
                }
            }

            var (delta, pickAfter, dropAfter) = _candidates[best];
            if (IsFeasible(route, request, pickAfter, dropAfter))
            {
                return new InsertionPoint(routeIndex, pickAfter, dropAfter, delta);
            }

            _candidates[best] = _candidates[^1];
            _candidates.RemoveAt(_candidates.Count - 1);
        }

        return InsertionPoint.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Screen(WorkingRoute route, int request)
    {
        var capacity = problem.Capacity[route.Vehicle];
        if (problem.Requests[request].Load > capacity)
        {
            return false;
        }

        CollectCandidates(route, request, capacity);
        return _candidates.Count > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CollectCandidates(WorkingRoute route, int request, int capacity)
    {
        _candidates.Clear();
        int p = problem.PickupNode(request), d = problem.DropoffNode(request), q = problem.Requests[request].Load;
        double[] e = problem.TightEarliest, l = problem.TightLatest, s = problem.ServiceTime;
        var maxRide = problem.MaxRide(request);
        var nodes = route.Nodes;
        var direct = problem.Time(p, d);
        if (direct > maxRide + EightStepScheduler.Tolerance)
        {
            return;
        }

        for (var i = route.Locked; i < route.Last; i++)
        {
            if (route.LoadAfter[i] + q > capacity)
            {
                continue;
            }

            int before = nodes[i], after = nodes[i + 1];
            var beginP = Math.Max(e[p], route.Earliest[i] + s[before] + problem.Time(before, p));
            if (beginP > l[p])
            {
                continue;
            }

            var leaveP = beginP + s[p];
            var pickDelta = problem.Time(before, p) + problem.Time(p, after) - problem.Time(before, after);
            var beginD = Math.Max(e[d], leaveP + direct);
            if (beginD <= l[d] && beginD + s[d] + problem.Time(d, after) <= route.Latest[i + 1])
            {
                _candidates.Add((problem.Time(before, p) + direct + problem.Time(d, after) - problem.Time(before, after), i, i));
            }

            var ride = problem.Time(p, after);
            var begin = Math.Max(e[after], leaveP + ride);
            for (var j = i + 1; j < route.Last && begin <= route.Latest[j] && route.LoadAfter[j] + q <= capacity; j++)
            {
                int node = nodes[j], next = nodes[j + 1];
                var toD = s[node] + problem.Time(node, d);
                if (ride + toD > maxRide)
                {
                    break;
                }

                beginD = Math.Max(e[d], begin + toD);
                if (beginD <= l[d] && beginD + s[d] + problem.Time(d, next) <= route.Latest[j + 1])
                {
                    _candidates.Add((pickDelta + problem.Time(node, d) + problem.Time(d, next) - problem.Time(node, next), i, j));
                }

                var leg = s[node] + problem.Time(node, next);
                ride += leg;
                begin = Math.Max(e[next], begin + leg);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsFeasible(WorkingRoute route, int request, int pickAfter, int dropAfter)
    {
        var length = route.Count + 2;
        if (_sequence.Length < length)
        {
            _sequence = new int[length * 2];
        }

        var source = route.Span;
        var target = _sequence.AsSpan(0, length);
        source[..(pickAfter + 1)].CopyTo(target);
        target[pickAfter + 1] = problem.PickupNode(request);
        source[(pickAfter + 1)..(dropAfter + 1)].CopyTo(target[(pickAfter + 2)..]);
        target[dropAfter + 2] = problem.DropoffNode(request);
        source[(dropAfter + 1)..].CopyTo(target[(dropAfter + 3)..]);
        return EightStepScheduler.Schedule(problem, route.Vehicle, target, _workspace, verdictOnly: true) == RouteViolation.None;
    }
}

using CityOs.Mobility.Dispatching.Insertion;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Search;

namespace CityOs.Mobility.Dispatching;

/// <summary>
/// Plans shared rides: builds routes from scratch, inserts a new request into a live plan, and re-optimises
/// a live plan behind each route's locked prefix.
/// </summary>
public sealed class Dispatcher(DispatcherOptions? options = null)
{
    private static readonly TimeSpan MaxSafetyMargin = TimeSpan.FromMilliseconds(80);
    private readonly DispatcherOptions _options = options ?? new DispatcherOptions();

    /// <summary>Plans every request from idle vehicles.</summary>
    public DispatchSolution Solve(DispatchProblem problem, TimeSpan timeLimit, CancellationToken cancellationToken = default) =>
        Improve(problem, DispatchPlan.Empty(problem), timeLimit, cancellationToken);

    /// <summary>
    /// Improves <paramref name="plan"/> within <paramref name="timeLimit"/>, assigning what it can of the
    /// unassigned requests. Locked stops stay where they are.
    /// </summary>
    public DispatchSolution Improve(DispatchProblem problem, DispatchPlan plan, TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var start = PlanConverter.ToState(problem, plan);
        var margin = TimeSpan.FromTicks(Math.Min(MaxSafetyMargin.Ticks, timeLimit.Ticks / 20));
        var budget = new SearchBudget(timeLimit - margin, _options.MaxIterations, cancellationToken);
        var searches = Math.Max(1, _options.Parallelism);
        var results = new SearchState[searches];
        var iterations = new long[searches];
        Parallel.For(0, searches, new ParallelOptions { MaxDegreeOfParallelism = searches }, k =>
        {
            var search = new AlnsSearch(problem, _options.Seed + (k * 7919));
            results[k] = search.Run(start, budget);
            iterations[k] = search.Iterations;
        });
        var best = results.MinBy(r => r.Objective)!;
        return PlanConverter.ToSolution(problem, PlanConverter.ToPlan(best)) with { Iterations = iterations.Sum() };
    }

    /// <summary>
    /// Inserts request <paramref name="request"/> where it adds least travel, without touching locked stops
    /// or moving any other request; says why when no vehicle can take it.
    /// </summary>
    public InsertionResult TryInsert(DispatchProblem problem, DispatchPlan plan, int request)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(request, problem.Requests.Count);
        var state = PlanConverter.ToState(problem, plan);
        var refusal = Refusal(problem, state, request);
        if (refusal is { } outcome)
        {
            return new InsertionResult(outcome, plan, -1, 0);
        }

        var finder = new InsertionFinder(problem);
        var best = InsertionPoint.None;
        for (var r = 0; r < state.Routes.Length; r++)
        {
            var candidate = finder.BestIn(state.Routes[r], r, request);
            if (candidate.Delta < best.Delta)
            {
                best = candidate;
            }
        }

        if (!best.Exists)
        {
            return new InsertionResult(InsertionOutcome.NoFeasiblePosition, plan, -1, 0);
        }

        state.Insert(request, best.Route, best.PickAfter, best.DropAfter);
        return new InsertionResult(InsertionOutcome.Inserted, PlanConverter.ToPlan(state), state.Routes[best.Route].Vehicle, best.Delta);
    }

    /// <summary>Times a plan and totals its cost; throws when a route is infeasible.</summary>
    public static DispatchSolution Schedule(DispatchProblem problem, DispatchPlan plan) => PlanConverter.ToSolution(problem, plan);

    private static InsertionOutcome? Refusal(DispatchProblem problem, SearchState state, int request)
    {
        if (state.RouteOf[request] >= 0)
        {
            return InsertionOutcome.AlreadyPlanned;
        }

        if (problem.Vehicles.All(v => v.Capacity < problem.Requests[request].Load))
        {
            return InsertionOutcome.ExceedsCapacity;
        }

        int p = problem.PickupNode(request), d = problem.DropoffNode(request);
        var unservable = problem.Time(p, d) > problem.MaxRide(request)
            || problem.TightEarliest[p] > problem.TightLatest[p]
            || problem.TightEarliest[d] > problem.TightLatest[d];
        return unservable ? InsertionOutcome.Unservable : null;
    }
}

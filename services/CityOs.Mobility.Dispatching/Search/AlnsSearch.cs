using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Adaptive large neighbourhood search with simulated-annealing acceptance: repeatedly remove a few
/// requests and reinsert them with a regret heuristic. Deterministic for a seed when the iteration limit,
/// not the clock, ends it.
/// </summary>
internal sealed class AlnsSearch
{
    /// <summary>At the start a solution 1% worse is accepted half the time; at the end, one 0.01% worse.</summary>
    private const double StartTemperatureShare = 0.01;
    private const double EndTemperatureRatio = 0.01;

    /// <summary>
    /// Requests removed per iteration: from 2 up to half of the movable ones, capped. Smaller moves (a third)
    /// left the smaller instances stuck in local optima; the cap keeps large instances' iterations cheap.
    /// </summary>
    private const double RemovalShare = 0.5;
    private const int MaxRemoved = 40;
    private readonly DispatchProblem _problem;
    private readonly Random _random;
    private readonly RegretInserter _inserter;
    private readonly IRemoval[] _removals = [new RandomRemoval(), new WorstRemoval(), new ShawRemoval()];
    private readonly (int Regret, double Noise)[] _insertions = [(1, 0), (2, 0), (3, 0), (1, 0.025), (2, 0.025)];
    private readonly AdaptiveSelector _removalSelector;
    private readonly AdaptiveSelector _insertionSelector;

    public AlnsSearch(DispatchProblem problem, int seed)
    {
        _problem = problem;
        _random = new Random(seed);
        _inserter = new RegretInserter(new InsertionFinder(problem));
        _removalSelector = new AdaptiveSelector(_removals.Length);
        _insertionSelector = new AdaptiveSelector(_insertions.Length);
    }

    public long Iterations { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SearchState Run(SearchState start, SearchBudget budget)
    {
        var current = new SearchState(_problem);
        current.CopyFrom(start);
        _inserter.InsertAll(current, 2, 0, _random);
        var best = new SearchState(_problem);
        best.CopyFrom(current);
        var candidate = new SearchState(_problem);
        var startTemperature = Math.Max(1e-6, StartTemperatureShare * current.Cost / Math.Log(2));
        for (Iterations = 0; !budget.IsExhausted(Iterations); Iterations++)
        {
            var movable = CountMovable(current);
            if (movable == 0 && current.Unassigned.Count == 0)
            {
                break;
            }

            candidate.CopyFrom(current);
            var removal = _removalSelector.Choose(_random);
            var insertion = _insertionSelector.Choose(_random);
            _removals[removal].Remove(candidate, RemovalCount(movable), _random);
            var (regret, noise) = _insertions[insertion];
            _inserter.InsertAll(candidate, regret, noise, _random);

            var temperature = startTemperature * Math.Pow(EndTemperatureRatio, budget.Progress(Iterations));
            var score = Judge(current, candidate, best, temperature);
            _removalSelector.Reward(removal, score);
            _insertionSelector.Reward(insertion, score);
            if (score > 0)
            {
                current.CopyFrom(candidate);
                if (score == AdaptiveSelector.NewBest)
                {
                    best.CopyFrom(candidate);
                }
            }
        }

        return best;
    }


    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Judge(SearchState current, SearchState candidate, SearchState best, double temperature)
    {
        var value = candidate.Objective;
        if (value < best.Objective - 1e-9)
        {
            return AdaptiveSelector.NewBest;
        }

        var delta = value - current.Objective;
        if (delta < -1e-9)
        {
            return AdaptiveSelector.Improved;
        }

        return delta > 1e-9 && _random.NextDouble() < Math.Exp(-delta / temperature) ? AdaptiveSelector.Accepted : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int RemovalCount(int movable)
    {
        var low = Math.Min(movable, 2);
        var high = Math.Max(low, Math.Min(MaxRemoved, (int)(RemovalShare * movable)));
        return _random.Next(low, high + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountMovable(SearchState state)
    {
        var count = 0;
        foreach (var route in state.Routes)
        {
            count += (route.Last - route.Locked - 1) / 2;
        }

        return Math.Max(0, count);
    }
}

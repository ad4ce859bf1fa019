using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Inserts pending requests one at a time, choosing next the request that would lose most by waiting
/// (regret-k, Ropke and Pisinger 2006); k = 1 is plain greedy cheapest insertion. Noise, when set, perturbs
/// the compared costs so that repeated calls explore different orders.
/// </summary>
/// <remarks>
/// Exact scheduling dominates the cost, so the table starts with screened lower bounds and schedules only
/// the entries that reach a request's k best: verifying can only raise a cost, so once the k cheapest entries
/// are all verified they are the true k best.
/// </remarks>
internal sealed class RegretInserter(InsertionFinder finder)
{
    private InsertionPoint[] _table = [];
    private double[] _noise = [];
    private bool[] _verified = [];
    private int[] _top = new int[4];
    private readonly List<int> _pending = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void InsertAll(SearchState state, int regret, double noise, Random random)
    {
        _pending.Clear();
        _pending.AddRange(state.Unassigned);
        var routes = state.Routes.Length;
        if (_table.Length < _pending.Count * routes)
        {
            _table = new InsertionPoint[_pending.Count * routes * 2];
            _noise = new double[_table.Length];
            _verified = new bool[_table.Length];
        }

        if (_top.Length < regret)
        {
            _top = new int[regret];
        }

        var noiseScale = noise * state.Problem.MaxTravel;
        for (var r = 0; r < routes; r++)
        {
            RefreshColumn(state, r, noiseScale, random);
        }

        while (_pending.Count > 0)
        {
            var chosen = ChooseNext(state, routes, Math.Max(1, regret));
            if (chosen < 0)
            {
                return;
            }

            var insertion = _table[Top(chosen, routes, 1)[0]];
            var wasEmpty = state.Routes[insertion.Route].IsEmpty;
            state.Insert(_pending[chosen], insertion.Route, insertion.PickAfter, insertion.DropAfter);
            RemovePending(chosen, routes);
            RefreshColumn(state, insertion.Route, noiseScale, random);
            if (wasEmpty && NextEmptyTwin(state, insertion.Route) is var twin and >= 0)
            {
                RefreshColumn(state, twin, noiseScale, random);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ChooseNext(SearchState state, int routes, int regret)
    {
        var chosen = -1;
        double chosenRank = double.NegativeInfinity, chosenRegret = double.NegativeInfinity, chosenCost = double.PositiveInfinity;
        for (var u = 0; u < _pending.Count; u++)
        {
            var top = VerifiedTop(state, u, routes, regret);
            if (top.Length == 0)
            {
                continue;
            }

            // Requests that fit in fewer than k routes go first: they are about to lose their last options.
            var rank = regret - top.Length;
            var best = Cost(top[0]);
            var value = 0.0;
            for (var h = 1; h < top.Length && rank == 0; h++)
            {
                value += Cost(top[h]) - best;
            }

            var better = rank > chosenRank
                || (rank == chosenRank && (value > chosenRegret || (value == chosenRegret && best < chosenCost)));
            if (better)
            {
                (chosen, chosenRank, chosenRegret, chosenCost) = (u, rank, value, best);
            }
        }

        return chosen;
    }

    /// <summary>Table indices of the k cheapest insertions of pending request <paramref name="u"/>, all verified.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<int> VerifiedTop(SearchState state, int u, int routes, int regret)
    {
        while (true)
        {
            var top = Top(u, routes, regret);
            var allVerified = true;
            foreach (var i in top)
            {
                if (!_verified[i])
                {
                    var route = i - (u * routes);
                    _table[i] = finder.BestIn(state.Routes[route], route, _pending[u]);
                    _verified[i] = true;
                    allVerified = false;
                }
            }

            if (allVerified)
            {
                return top;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<int> Top(int u, int routes, int k)
    {
        var count = 0;
        for (var r = 0; r < routes; r++)
        {
            var i = (u * routes) + r;
            if (!_table[i].Exists)
            {
                continue;
            }

            var at = Math.Min(count, k - 1);
            if (count >= k && Cost(i) >= Cost(_top[at]))
            {
                continue;
            }

            while (at > 0 && Cost(_top[at - 1]) > Cost(i))
            {
                _top[at] = _top[at - 1];
                at--;
            }

            _top[at] = i;
            count = Math.Min(count + 1, k);
        }

        return _top.AsSpan(0, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Cost(int i) => _table[i].Delta + _noise[i];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RefreshColumn(SearchState state, int r, double noiseScale, Random random)
    {
        var routes = state.Routes.Length;
        var skip = state.Routes[r].IsEmpty && HasEarlierEmptyTwin(state, r);
        for (var u = 0; u < _pending.Count; u++)
        {
            var i = (u * routes) + r;
            _table[i] = skip ? InsertionPoint.None : finder.CheapestCandidateIn(state.Routes[r], r, _pending[u]);
            _verified[i] = false;
            _noise[i] = noiseScale > 0 ? noiseScale * ((2 * random.NextDouble()) - 1) : 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RemovePending(int u, int routes)
    {
        var last = _pending.Count - 1;
        _pending[u] = _pending[last];
        Array.Copy(_table, last * routes, _table, u * routes, routes);
        Array.Copy(_noise, last * routes, _noise, u * routes, routes);
        Array.Copy(_verified, last * routes, _verified, u * routes, routes);
        _pending.RemoveAt(last);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasEarlierEmptyTwin(SearchState state, int r)
    {
        var classes = state.Problem.VehicleClass;
        for (var other = 0; other < r; other++)
        {
            if (state.Routes[other].IsEmpty && classes[state.Routes[other].Vehicle] == classes[state.Routes[r].Vehicle])
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextEmptyTwin(SearchState state, int r)
    {
        var classes = state.Problem.VehicleClass;
        for (var other = 0; other < state.Routes.Length; other++)
        {
            if (other != r && state.Routes[other].IsEmpty && classes[state.Routes[other].Vehicle] == classes[state.Routes[r].Vehicle])
            {
                return other;
            }
        }

        return -1;
    }
}

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Inserts pending requests one at a time, choosing next the request that would lose most by waiting
/// (regret-k, Ropke and Pisinger 2006); k = 1 is plain greedy cheapest insertion. Noise, when set, perturbs
/// the compared costs so that repeated calls explore different orders.
/// </summary>
internal sealed class RegretInserter(InsertionFinder finder)
{
    private InsertionPoint[] _table = [];
    private double[] _noisy = [];
    private readonly List<int> _pending = [];

    public void InsertAll(SearchState state, int regret, double noise, Random random)
    {
        _pending.Clear();
        _pending.AddRange(state.Unassigned);
        var routes = state.Routes.Length;
        if (_table.Length < _pending.Count * routes)
        {
            _table = new InsertionPoint[_pending.Count * routes * 2];
            _noisy = new double[_table.Length];
        }

        var noiseScale = noise * state.Problem.MaxTravel;
        for (var r = 0; r < routes; r++)
        {
            RefreshColumn(state, r, noiseScale, random);
        }

        while (_pending.Count > 0)
        {
            var chosen = ChooseNext(routes, regret);
            if (chosen < 0)
            {
                return;
            }

            var insertion = BestOf(chosen, routes);
            var wasEmpty = state.Routes[insertion.Route].IsEmpty;
            state.Insert(_pending[chosen], insertion.Route, insertion.PickAfter, insertion.DropAfter);
            RemovePending(chosen, routes);
            RefreshColumn(state, insertion.Route, noiseScale, random);
            if (wasEmpty)
            {
                var twin = NextEmptyTwin(state, insertion.Route);
                if (twin >= 0)
                {
                    RefreshColumn(state, twin, noiseScale, random);
                }
            }
        }
    }

    private int ChooseNext(int routes, int regret)
    {
        var chosen = -1;
        var chosenFeasible = 0;
        double chosenRegret = double.NegativeInfinity, chosenCost = double.PositiveInfinity;
        Span<double> smallest = stackalloc double[Math.Max(regret, 1)];
        for (var u = 0; u < _pending.Count; u++)
        {
            smallest.Fill(double.PositiveInfinity);
            var feasible = 0;
            for (var r = 0; r < routes; r++)
            {
                if (!_table[(u * routes) + r].Exists)
                {
                    continue;
                }

                feasible++;
                Push(smallest, _noisy[(u * routes) + r]);
            }

            if (feasible == 0)
            {
                continue;
            }

            // Requests that fit in fewer than k routes go first: they are about to lose their last options.
            var fewOptions = regret > 1 && feasible < regret;
            var value = 0.0;
            for (var h = 1; h < regret && !fewOptions; h++)
            {
                value += smallest[h] - smallest[0];
            }

            var rank = fewOptions ? regret - feasible : 0;
            var better = chosen < 0
                || rank > chosenFeasible
                || (rank == chosenFeasible && (value > chosenRegret || (value == chosenRegret && smallest[0] < chosenCost)));
            if (better)
            {
                (chosen, chosenFeasible, chosenRegret, chosenCost) = (u, rank, value, smallest[0]);
            }
        }

        return chosen;
    }

    private static void Push(Span<double> smallest, double value)
    {
        for (var h = 0; h < smallest.Length; h++)
        {
            if (value < smallest[h])
            {
                (smallest[h], value) = (value, smallest[h]);
            }
        }
    }

    private InsertionPoint BestOf(int u, int routes)
    {
        var best = -1;
        for (var r = 0; r < routes; r++)
        {
            var i = (u * routes) + r;
            if (_table[i].Exists && (best < 0 || _noisy[i] < _noisy[best]))
            {
                best = i;
            }
        }

        return _table[best];
    }

    private void RefreshColumn(SearchState state, int r, double noiseScale, Random random)
    {
        var routes = state.Routes.Length;
        var skip = state.Routes[r].IsEmpty && HasEarlierEmptyTwin(state, r);
        for (var u = 0; u < _pending.Count; u++)
        {
            var i = (u * routes) + r;
            _table[i] = skip ? InsertionPoint.None : finder.BestIn(state.Routes[r], r, _pending[u]);
            _noisy[i] = _table[i].Delta + (noiseScale > 0 ? noiseScale * ((2 * random.NextDouble()) - 1) : 0);
        }
    }

    private void RemovePending(int u, int routes)
    {
        var last = _pending.Count - 1;
        _pending[u] = _pending[last];
        Array.Copy(_table, last * routes, _table, u * routes, routes);
        Array.Copy(_noisy, last * routes, _noisy, u * routes, routes);
        _pending.RemoveAt(last);
    }

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

using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Removes requests related to a random seed request: close in space and in time (Shaw 1998, with
/// Ropke and Pisinger's weights), so that they can be reshuffled among each other.
/// </summary>
internal sealed class ShawRemoval : IRemoval
{
    private const double DistanceWeight = 9;
    private const double TimeWeight = 3;
    private const double LoadWeight = 2;
    private const double Randomness = 6;
    private readonly List<int> _movable = [];
    private readonly List<int> _removed = [];
    private double[] _relatedness = [];
    private int[] _candidates = [];
    private double[] _begin = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(SearchState state, int count, Random random)
    {
        Movable.Collect(state, _movable);
        if (_movable.Count == 0)
        {
            return;
        }

        RecordTimes(state);
        _removed.Clear();
        Take(state, random.Next(_movable.Count));
        while (_removed.Count < count && _movable.Count > 0)
        {
            var anchor = _removed[random.Next(_removed.Count)];
            var movable = _movable.Count;
            for (var m = 0; m < movable; m++)
            {
                _relatedness[m] = Relatedness(state, anchor, _movable[m]);
                _candidates[m] = m;
            }

            var rank = Movable.SkewedIndex(random, movable, Randomness);
            Take(state, RankSelection.ItemAtRank(_relatedness.AsSpan(0, movable), _candidates.AsSpan(0, movable), rank));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Take(SearchState state, int movableIndex)
    {
        var request = _movable[movableIndex];
        _movable[movableIndex] = _movable[^1];
        _movable.RemoveAt(_movable.Count - 1);
        state.Remove(request);
        _removed.Add(request);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RecordTimes(SearchState state)
    {
        if (_begin.Length < state.Problem.NodeCount)
        {
            _begin = new double[state.Problem.NodeCount];
            _relatedness = new double[state.Problem.Requests.Count];
            _candidates = new int[state.Problem.Requests.Count];
        }

        foreach (var route in state.Routes)
        {
            for (var k = 0; k < route.Count; k++)
            {
                _begin[route.Nodes[k]] = route.Earliest[k];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Relatedness(SearchState state, int a, int b)
    {
        var problem = state.Problem;
        int pa = problem.PickupNode(a), da = problem.DropoffNode(a), pb = problem.PickupNode(b), db = problem.DropoffNode(b);
        var scale = Math.Max(problem.MaxTravel, 1e-9);
        var distance = (problem.Time(pa, pb) + problem.Time(da, db)) / scale;
        var time = (Math.Abs(_begin[pa] - _begin[pb]) + Math.Abs(_begin[da] - _begin[db])) / (scale * 4);
        var load = Math.Abs(problem.Demand[pa] - problem.Demand[pb]) / (double)Math.Max(1, Math.Max(problem.Demand[pa], problem.Demand[pb]));
        return (DistanceWeight * distance) + (TimeWeight * time) + (LoadWeight * load);
    }
}

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>Removes requests whose detour costs most, with some randomness so it does not repeat itself.</summary>
internal sealed class WorstRemoval : IRemoval
{
    private const double Randomness = 3;
    private readonly List<int> _movable = [];
    private readonly List<(double Saving, int Request)> _ranked = [];

    public void Remove(SearchState state, int count, Random random)
    {
        for (var n = 0; n < count; n++)
        {
            Movable.Collect(state, _movable);
            if (_movable.Count == 0)
            {
                return;
            }

            _ranked.Clear();
            foreach (var request in _movable)
            {
                _ranked.Add((Saving(state, request), request));
            }

            _ranked.Sort((a, b) => b.Saving.CompareTo(a.Saving));
            state.Remove(_ranked[Movable.SkewedIndex(random, _ranked.Count, Randomness)].Request);
        }
    }

    private static double Saving(SearchState state, int request)
    {
        var problem = state.Problem;
        var route = state.Routes[state.RouteOf[request]];
        var nodes = route.Nodes;
        var first = route.PositionOf(problem.PickupNode(request));
        var second = route.PositionOf(problem.DropoffNode(request));
        if (second == first + 1)
        {
            return problem.Time(nodes[first - 1], nodes[first]) + problem.Time(nodes[first], nodes[second])
                + problem.Time(nodes[second], nodes[second + 1]) - problem.Time(nodes[first - 1], nodes[second + 1]);
        }

        return Detour(problem, nodes, first) + Detour(problem, nodes, second);
    }

    private static double Detour(Model.DispatchProblem problem, int[] nodes, int k) =>
        problem.Time(nodes[k - 1], nodes[k]) + problem.Time(nodes[k], nodes[k + 1]) - problem.Time(nodes[k - 1], nodes[k + 1]);
}

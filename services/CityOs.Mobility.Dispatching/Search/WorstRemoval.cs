using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>Removes requests whose detour costs most, with some randomness so it does not repeat itself.</summary>
internal sealed class WorstRemoval : IRemoval
{
    private const double Randomness = 3;
    private readonly List<(double Saving, int Request)> _ranked = [];
    private int[] _position = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(SearchState state, int count, Random random)
    {
        var problem = state.Problem;
        if (_position.Length < problem.NodeCount)
        {
            _position = new int[problem.NodeCount];
        }

        for (var n = 0; n < count; n++)
        {
            Rank(state);
            if (_ranked.Count == 0)
            {
                return;
            }

            _ranked.Sort((a, b) => b.Saving.CompareTo(a.Saving));
            state.Remove(_ranked[Movable.SkewedIndex(random, _ranked.Count, Randomness)].Request);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Rank(SearchState state)
    {
        var problem = state.Problem;
        _ranked.Clear();
        foreach (var route in state.Routes)
        {
            var nodes = route.Nodes;
            for (var k = 1; k < route.Last; k++)
            {
                _position[nodes[k]] = k;
            }

            for (var k = route.Locked + 1; k < route.Last; k++)
            {
                var node = nodes[k];
                if (!problem.IsPickup(node))
                {
                    continue;
                }

                var second = _position[problem.DropoffNode(problem.RequestOf(node))];
                var saving = second == k + 1
                    ? problem.Time(nodes[k - 1], node) + problem.Time(node, nodes[second]) + problem.Time(nodes[second], nodes[second + 1])
                        - problem.Time(nodes[k - 1], nodes[second + 1])
                    : Detour(problem, nodes, k) + Detour(problem, nodes, second);
                _ranked.Add((saving, problem.RequestOf(node)));
            }
        }
    }

    private static double Detour(DispatchProblem problem, int[] nodes, int k) =>
        problem.Time(nodes[k - 1], nodes[k]) + problem.Time(nodes[k], nodes[k + 1]) - problem.Time(nodes[k - 1], nodes[k + 1]);
}

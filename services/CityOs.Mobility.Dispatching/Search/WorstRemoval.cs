using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>Removes requests whose detour costs most, with some randomness so it does not repeat itself.</summary>
internal sealed class WorstRemoval : IRemoval
{
    private const double Randomness = 3;
    private double[] _savings = [];
    private int[] _requests = [];
    private int _count;
    private int[] _position = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(SearchState state, int count, Random random)
    {
        var problem = state.Problem;
        if (_position.Length < problem.NodeCount)
        {
            _position = new int[problem.NodeCount];
            _savings = new double[problem.Requests.Count];
            _requests = new int[problem.Requests.Count];
        }

        for (var n = 0; n < count; n++)
        {
            Rank(state);
            if (_count == 0)
            {
                return;
            }

            // Savings are stored negated so that rank 0, the front the skew favours, is the largest saving.
            var rank = Movable.SkewedIndex(random, _count, Randomness);
            state.Remove(RankSelection.ItemAtRank(_savings.AsSpan(0, _count), _requests.AsSpan(0, _count), rank));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Rank(SearchState state)
    {
        var problem = state.Problem;
        _count = 0;
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
                _savings[_count] = -saving;
                _requests[_count++] = problem.RequestOf(node);
            }
        }
    }

    private static double Detour(DispatchProblem problem, int[] nodes, int k) =>
        problem.Time(nodes[k - 1], nodes[k]) + problem.Time(nodes[k], nodes[k + 1]) - problem.Time(nodes[k - 1], nodes[k + 1]);
}

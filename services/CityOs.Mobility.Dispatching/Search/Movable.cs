using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

internal static class Movable
{
    /// <summary>Fills <paramref name="into"/> with every request that a removal may take out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Collect(SearchState state, List<int> into)
    {
        into.Clear();
        var problem = state.Problem;
        foreach (var route in state.Routes)
        {
            for (var k = route.Locked + 1; k < route.Last; k++)
            {
                if (problem.IsPickup(route.Nodes[k]))
                {
                    into.Add(problem.RequestOf(route.Nodes[k]));
                }
            }
        }
    }

    /// <summary>Ropke and Pisinger's skewed pick: index ⌊y^p·n⌋ favours the front of a sorted list without always taking it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SkewedIndex(Random random, int count, double power) =>
        Math.Min(count - 1, (int)(Math.Pow(random.NextDouble(), power) * count));
}

using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>
/// Picks the item of a given rank without sorting (quickselect). Removal operators need one element at a
/// random, front-biased rank per step; a full sort each time costs more than the rest of the step.
/// </summary>
internal static class RankSelection
{
    /// <summary>The item whose key has rank <paramref name="rank"/> (0 = smallest). Reorders both spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ItemAtRank(Span<double> keys, Span<int> items, int rank)
    {
        int low = 0, high = keys.Length - 1;
        while (low < high)
        {
            var pivot = keys[(low + high) >>> 1];
            int i = low, j = high;
            while (i <= j)
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (keys[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                high = j;
            }
            else if (rank >= i)
            {
                low = i;
            }
            else
            {
                break;
            }
        }

        return items[rank];
    }
}

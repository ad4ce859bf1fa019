using CityOs.Mobility.Dispatching.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CityOs.Mobility.Dispatching.Tests;

public class RankSelectionTests
{
    [Property(MaxTest = 500)]
    public Property Item_at_rank_matches_a_full_sort() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var keys = Enumerable.Range(0, random.Next(1, 60)).Select(_ => (double)random.Next(0, 20)).ToArray();
            var rank = random.Next(keys.Length);
            var items = Enumerable.Range(0, keys.Length).ToArray();
            var expectedKey = keys.Order().ElementAt(rank);

            var item = RankSelection.ItemAtRank(keys.ToArray(), items, rank);

            return keys[item] == expectedKey;
        });
}

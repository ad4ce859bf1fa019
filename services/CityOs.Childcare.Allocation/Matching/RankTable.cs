namespace CityOs.Childcare.Allocation;

/// <summary>Each facility's priority order turned into dense ranks (0 = highest) over the children it may meet.</summary>
internal sealed class RankTable
{
    private readonly Dictionary<int, int>[] _ranks;

    private RankTable(Dictionary<int, int>[] ranks) => _ranks = ranks;

    public int Rank(int facility, int child) => _ranks[facility][child];

    public static RankTable Build(
        AllocationInstance instance, PriorityOrder order, Dictionary<string, int> facilityIndex, Dictionary<string, int> childIndex, int[] current)
    {
        var relevant = Enumerable.Range(0, instance.Facilities.Count).Select(_ => new HashSet<int>()).ToArray();
        foreach (var priority in instance.Priorities)
        {
            relevant[facilityIndex[priority.Facility]].UnionWith(priority.Ranking.Select(r => childIndex[r.Child]));
        }

        for (var c = 0; c < current.Length; c++)
        {
            if (current[c] >= 0)
            {
                relevant[current[c]].Add(c);
            }
        }

        foreach (var family in instance.Families)
        {
            foreach (var option in family.Preferences)
            {
                for (var slot = 0; slot < option.Count; slot++)
                {
                    if (option[slot] is { } facility)
                    {
                        relevant[facilityIndex[facility]].Add(childIndex[family.Children[slot]]);
                    }
                }
            }
        }

        var ranks = new Dictionary<int, int>[relevant.Length];
        for (var f = 0; f < relevant.Length; f++)
        {
            var facilityId = instance.Facilities[f].Id;
            ranks[f] = relevant[f]
                .OrderBy(c => order.Key(facilityId, instance.Children[c].Id))
                .Select((c, rank) => (c, rank))
                .ToDictionary(x => x.c, x => x.rank);
        }

        return new RankTable(ranks);
    }
}

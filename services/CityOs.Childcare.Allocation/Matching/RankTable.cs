namespace CityOs.Childcare.Allocation;

/// <summary>Each facility's priority order turned into dense ranks (0 = highest) over the children it may meet.</summary>
internal sealed class RankTable
{
    private readonly Dictionary<long, int> _ranks;
    private readonly int _childCount;

    private RankTable(Dictionary<long, int> ranks, int childCount) => (_ranks, _childCount) = (ranks, childCount);

    public int Rank(int facility, int child) => _ranks[((long)facility * _childCount) + child];

    public static RankTable Build(
        AllocationInstance instance, PriorityOrder order, Dictionary<string, int> facilityIndex, Dictionary<string, int> childIndex, int[] current)
    {
        var childCount = instance.Children.Count;
        var met = new HashSet<long>();
        var byFacility = Enumerable.Range(0, instance.Facilities.Count).Select(_ => new List<int>()).ToArray();
        void Meet(int facility, int child)
        {
            if (met.Add(((long)facility * childCount) + child))
            {
                byFacility[facility].Add(child);
            }
        }

        foreach (var priority in instance.Priorities)
        {
            var facility = facilityIndex[priority.Facility];
            foreach (var entry in priority.Ranking)
            {
                Meet(facility, childIndex[entry.Child]);
            }
        }

        for (var c = 0; c < current.Length; c++)
        {
            if (current[c] >= 0)
            {
                Meet(current[c], c);
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
                        Meet(facilityIndex[facility], childIndex[family.Children[slot]]);
                    }
                }
            }
        }

        var ranks = new Dictionary<long, int>(met.Count);
        for (var f = 0; f < byFacility.Length; f++)
        {
            var facilityId = instance.Facilities[f].Id;
            var children = byFacility[f].ToArray();
            var keys = Array.ConvertAll(children, c => order.Key(facilityId, instance.Children[c].Id));
            Array.Sort(keys, children);
            for (var rank = 0; rank < children.Length; rank++)
            {
                ranks[((long)f * childCount) + children[rank]] = rank;
            }
        }

        return new RankTable(ranks, childCount);
    }
}

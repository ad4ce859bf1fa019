namespace CityOs.Childcare.Allocation;

/// <summary>The facilities' priority orders over children, read from the instance's rankings.</summary>
internal sealed class PriorityOrder
{
    private readonly Dictionary<string, Dictionary<string, (double Score, int Position)>> _rankings;
    private readonly Dictionary<string, (int Index, string? Current)> _children;

    public PriorityOrder(AllocationInstance instance)
    {
        _rankings = instance.Priorities.ToDictionary(
            p => p.Facility,
            p => p.Ranking.Select((r, i) => (r.Child, r.Score, i)).ToDictionary(r => r.Child, r => (r.Score, r.i), StringComparer.Ordinal),
            StringComparer.Ordinal);
        _children = instance.Children
            .Select((c, i) => (c.Id, i, c.CurrentFacility))
            .ToDictionary(c => c.Id, c => (c.i, c.CurrentFacility), StringComparer.Ordinal);
    }

    public PriorityKey Key(string facility, string child)
    {
        var (index, current) = _children[child];
        var tier = current == facility ? PriorityKey.Enrolled : PriorityKey.Ranked;
        return Score(facility, child) is { } ranked
            ? new PriorityKey(tier, -ranked.Score, ranked.Position, index)
            : new PriorityKey(tier == PriorityKey.Enrolled ? tier : PriorityKey.Unranked, 0, 0, index);
    }

    public (double Score, int Position)? Score(string facility, string child) =>
        _rankings.TryGetValue(facility, out var ranking) && ranking.TryGetValue(child, out var entry) ? entry : null;
}

namespace CityOs.Childcare.Allocation.Tests;

/// <summary>
/// Builds a random instance from a shape: mixed ages so that places differ, ties in scores, children sometimes
/// missing from a ranking, the current facility sometimes listed among the options, siblings with joint options.
/// </summary>
public static class RandomInstances
{
    public static AllocationInstance Build(InstanceShape shape)
    {
        var random = new Random(shape.Seed);
        var facilities = Enumerable.Range(0, shape.Facilities)
            .Select(f => new Facility($"F{f}", Enumerable.Range(0, AgeClass.Count).Select(_ => random.Next(shape.MaxCapacity + 1)).ToArray()))
            .ToList();
        var ages = Math.Min(AgeClass.Count, 2);
        var children = new List<Child>();
        var families = new List<Family>();
        while (children.Count < shape.Children)
        {
            var size = random.Next(100) < shape.SiblingPercent ? random.Next(2, 4) : 1;
            size = Math.Min(size, shape.Children - children.Count);
            var familyId = $"H{families.Count}";
            var members = Enumerable.Range(0, size).Select(_ =>
            {
                var current = random.Next(100) < shape.TransferPercent ? facilities[random.Next(facilities.Count)].Id : null;
                var child = new Child($"C{children.Count}", random.Next(ages), familyId, current);
                children.Add(child);
                return child;
            }).ToList();
            families.Add(new Family(familyId, members.Select(c => c.Id).ToList(), Options(random, members, facilities, shape.MaxOptions)));
        }

        var priorities = facilities.Select(f => new FacilityPriority(f.Id, children
            .Where(_ => random.Next(10) > 0)
            .Select(c => new RankedChild(c.Id, random.Next(shape.ScoreRange)))
            .OrderBy(_ => random.Next())
            .ToList())).ToList();
        return new AllocationInstance(facilities, children, families, priorities);
    }

    private static List<IReadOnlyList<string?>> Options(Random random, List<Child> members, List<Facility> facilities, int maxOptions)
    {
        var count = random.Next(maxOptions + 1);
        var options = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < count; i++)
        {
            options.Add(members.Select(c => random.Next(10) switch
            {
                0 when members.Count > 1 => null,
                1 when c.CurrentFacility is not null => c.CurrentFacility,
                _ => facilities[random.Next(facilities.Count)].Id,
            }).ToList());
        }

        return options;
    }
}

using CityOs.Childcare.Allocation;

namespace CityOs.Benchmarks.Daycare;

/// <summary>
/// A city-size allocation round: facilities scattered over the city with intake per age class, households near
/// them, about 30% of children applying with siblings, about 10% transfer applicants, 1–5 options ranked by noisy
/// distance, scores from the default points table plus a tenth of a point per month already waited, the
/// sibling-enrolled bonus at that facility and a point for facilities in the home ward; ties broken by lower
/// household income and then child id, as municipal tables commonly do.
/// </summary>
internal sealed class CityGenerator(int seed)
{
    private static readonly double[] AgeShare = [0.25, 0.38, 0.14, 0.12, 0.06, 0.05];
    private static readonly (int Min, int Max)[] Intake = [(3, 12), (8, 18), (3, 9), (3, 9), (1, 4), (0, 3)];

    private readonly Random _random = new(seed);
    private readonly List<Site> _sites = [];
    private readonly List<Child> _children = [];
    private readonly List<Family> _families = [];
    private readonly Dictionary<string, Household> _households = [];

    public AllocationInstance Generate(int childCount, int facilityCount)
    {
        for (var f = 0; f < facilityCount; f++)
        {
            var capacity = Intake.Select(r => _random.Next(r.Min, r.Max + 1)).ToArray();
            _sites.Add(new Site(new Facility($"F{f + 1:000}", capacity), _random.NextDouble(), _random.NextDouble()));
        }

        var sampler = new HouseholdSampler(_random);
        while (_children.Count < childCount)
        {
            var size = _random.NextDouble() < 0.165 ? (_random.NextDouble() < 0.85 ? 2 : 3) : 1;
            AddFamily(Math.Min(size, childCount - _children.Count), sampler);
        }

        return new AllocationInstance(_sites.Select(s => s.Facility).ToList(), _children, _families, Priorities());
    }

    private void AddFamily(int size, HouseholdSampler sampler)
    {
        var familyId = $"H{_families.Count + 1:0000}";
        var home = _sites[_random.Next(_sites.Count)];
        var (x, y) = (home.X + Gaussian() * 0.08, home.Y + Gaussian() * 0.08);
        var nearby = _sites.OrderBy(s => Math.Sqrt(((s.X - x) * (s.X - x)) + ((s.Y - y) * (s.Y - y))) * Math.Exp(Gaussian() * 0.35)).ToList();
        var twins = size > 1 && _random.NextDouble() < 0.05;
        var ages = Ages(size, twins);
        var members = ages.Select((age, i) =>
        {
            var transfer = age > 0 && _random.NextDouble() < 0.13; // About 10% of all children, as 0-year-olds cannot transfer.
            var current = transfer ? nearby[_random.Next(1, Math.Min(8, nearby.Count))].Facility.Id : null;
            return new Child($"C{_children.Count + i + 1:00000}", age, familyId, current);
        }).ToList();
        _children.AddRange(members);

        // An older sibling already enrolled (not applying) pulls the family to that facility and earns the bonus there.
        var siblingAt = size == 1 && _random.NextDouble() < 0.10 ? nearby[_random.Next(Math.Min(4, nearby.Count))].Facility.Id : null;
        siblingAt ??= members.FirstOrDefault(m => m.CurrentFacility is not null)?.CurrentFacility;
        if (siblingAt is not null)
        {
            nearby.Remove(nearby.First(s => s.Facility.Id == siblingAt));
            nearby.Insert(0, _sites.First(s => s.Facility.Id == siblingAt));
        }

        var options = size == 1 ? SingleOptions(members[0], nearby) : SiblingOptions(members, nearby);
        _families.Add(new Family(familyId, members.Select(m => m.Id).ToList(), options));
        var (points, months) = sampler.Sample(twins);
        _households[familyId] = new Household(points + (months / 10m), _random.NextDouble(), siblingAt, Ward(home.X, home.Y));
    }

    private List<int> Ages(int size, bool twins)
    {
        var first = SampleAge();
        if (twins)
        {
            return Enumerable.Repeat(first, size).ToList();
        }

        var ages = new List<int> { first };
        while (ages.Count < size)
        {
            ages.Add(Math.Min(AgeClass.Max, ages[^1] + _random.Next(1, 4)));
        }

        return ages;
    }

    private List<IReadOnlyList<string?>> SingleOptions(Child child, List<Site> nearby)
    {
        var count = OptionCount();
        var chosen = nearby.Where(s => s.Facility.Capacity[child.Age] > 0 || _random.NextDouble() < 0.15)
            .Where(s => s.Facility.Id != child.CurrentFacility)
            .Take(child.CurrentFacility is null ? count : Math.Min(count, 3))
            .Select(s => (IReadOnlyList<string?>)[s.Facility.Id])
            .ToList();
        if (child.CurrentFacility is not null && _random.NextDouble() < 0.3)
        {
            // Listing the current facility says where staying ranks; what follows it is never granted.
            chosen.Insert(_random.Next(chosen.Count + 1), [child.CurrentFacility]);
        }

        return chosen;
    }

    private List<IReadOnlyList<string?>> SiblingOptions(List<Child> members, List<Site> nearby)
    {
        var count = OptionCount();
        var usable = nearby.Take(6).ToList();
        var together = usable.Where(s => members.All(m => s.Facility.Capacity[m.Age] > 0 || s.Facility.Id == m.CurrentFacility)).Take(3);
        var options = together.Select(s => (IReadOnlyList<string?>)members.Select(_ => (string?)s.Facility.Id).ToList()).ToList();
        while (options.Count < count + 2)
        {
            var split = members.Select(_ => (string?)usable[_random.Next(Math.Min(3, usable.Count))].Facility.Id).ToList();
            if (_random.NextDouble() < 0.25)
            {
                split[^1] = null; // Place the younger ones only: the eldest can stay at home another year.
            }

            options.Add(split);
        }

        return options
            .DistinctBy(o => string.Join(',', o))
            .Where(o => !o.SequenceEqual(members.Select(m => m.CurrentFacility)))
            .Take(count)
            .ToList();
    }

    private List<FacilityPriority> Priorities()
    {
        var wanting = _families
            .SelectMany(f => f.Preferences.SelectMany(o => o.Select((facility, slot) => (Facility: facility, Child: f.Children[slot]))))
            .Where(x => x.Facility is not null)
            .Concat(_children.Where(c => c.CurrentFacility is not null).Select(c => (Facility: c.CurrentFacility, Child: c.Id)))
            .Distinct()
            .ToLookup(x => x.Facility!, x => x.Child);
        var family = _children.ToDictionary(c => c.Id, c => c.FamilyId);
        return _sites.Select(s =>
        {
            var ranking = wanting[s.Facility.Id]
                .Select(child =>
                {
                    var household = _households[family[child]];
                    var score = household.Points + (household.SiblingAt == s.Facility.Id ? 2 : 0) + (household.Ward == Ward(s.X, s.Y) ? 1 : 0);
                    return (Entry: new RankedChild(child, (double)score), household.Income);
                })
                .OrderByDescending(x => x.Entry.Score).ThenBy(x => x.Income).ThenBy(x => x.Entry.Child, StringComparer.Ordinal)
                .Select(x => x.Entry)
                .ToList();
            return new FacilityPriority(s.Facility.Id, ranking);
        }).ToList();
    }

    private int SampleAge()
    {
        var pick = _random.NextDouble();
        for (var age = 0; age < AgeShare.Length; age++)
        {
            pick -= AgeShare[age];
            if (pick <= 0)
            {
                return age;
            }
        }

        return AgeClass.Max;
    }

    private int OptionCount() => _random.NextDouble() switch
    {
        < 0.10 => 1,
        < 0.25 => 2,
        < 0.55 => 3,
        < 0.75 => 4,
        _ => 5,
    };

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static int Ward(double x, double y) => (x < 0.5 ? 0 : 1) + (y < 0.5 ? 0 : 2);

    private sealed record Site(Facility Facility, double X, double Y);

    private sealed record Household(decimal Points, double Income, string? SiblingAt, int Ward);
}

namespace CityOs.Childcare.Allocation;

/// <summary>
/// The instance compiled to integer indices for the allocator. A place is a facility × age class; its seats are
/// the new places plus the children enrolled there, so a transfer that leaves frees a seat for someone else.
/// </summary>
internal sealed class Market
{
    public required AllocationInstance Instance { get; init; }
    public required string[] FacilityIds { get; init; }
    public required int[] ChildAge { get; init; }
    public required int[] ChildFamily { get; init; }
    public required int[] Seats { get; init; }
    public required MarketFamily[] Families { get; init; }

    /// <summary>Per place, the families with an option above their status quo that claims a seat there.</summary>
    public required int[][] Watchers { get; init; }

    public int ChildCount => ChildAge.Length;

    public bool HasSiblingFamilies => Families.Any(f => f.Children.Length > 1);

    public static int Place(int facility, int age) => facility * AgeClass.Count + age;

    public static int FacilityOf(int place) => place / AgeClass.Count;

    public static Market Compile(AllocationInstance instance)
    {
        InstanceValidator.Validate(instance);
        var facilityIndex = instance.Facilities.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var childIndex = instance.Children.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var familyIndex = instance.Families.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var current = instance.Children.Select(c => c.CurrentFacility is { } id ? facilityIndex[id] : -1).ToArray();

        var seats = new int[instance.Facilities.Count * AgeClass.Count];
        for (var f = 0; f < instance.Facilities.Count; f++)
        {
            for (var age = 0; age < AgeClass.Count; age++)
            {
                seats[Place(f, age)] = instance.Facilities[f].Capacity[age];
            }
        }

        for (var c = 0; c < current.Length; c++)
        {
            if (current[c] >= 0)
            {
                seats[Place(current[c], instance.Children[c].Age)]++;
            }
        }

        var priority = new PriorityOrder(instance);
        var ranks = RankTable.Build(instance, priority, facilityIndex, childIndex, current);
        var families = instance.Families
            .Select((family, i) => CompileFamily(instance, family, i, facilityIndex, childIndex, current, ranks, priority))
            .ToArray();

        return new Market
        {
            Instance = instance,
            FacilityIds = instance.Facilities.Select(f => f.Id).ToArray(),
            ChildAge = instance.Children.Select(c => c.Age).ToArray(),
            ChildFamily = instance.Children.Select(c => familyIndex[c.FamilyId]).ToArray(),
            Seats = seats,
            Families = families,
            Watchers = BuildWatchers(seats.Length, families),
        };
    }

    private static int[][] BuildWatchers(int places, MarketFamily[] families)
    {
        var watchers = Enumerable.Range(0, places).Select(_ => new List<int>()).ToArray();
        foreach (var family in families)
        {
            foreach (var place in family.Options.Take(family.StatusQuo).SelectMany(o => o.Groups).Select(g => g.Place).Distinct())
            {
                watchers[place].Add(family.Index);
            }
        }

        return watchers.Select(w => w.ToArray()).ToArray();
    }

    private static MarketFamily CompileFamily(
        AllocationInstance instance, Family family, int index, Dictionary<string, int> facilityIndex,
        Dictionary<string, int> childIndex, int[] current, RankTable ranks, PriorityOrder priority)
    {
        var children = family.Children.Select(id => childIndex[id]).ToArray();
        var statusQuo = children.Select(c => current[c]).ToArray();
        var options = new List<MarketOption>();
        for (var i = 0; i < family.Preferences.Count; i++)
        {
            var facilities = family.Preferences[i].Select(id => id is null ? -1 : facilityIndex[id]).ToArray();
            if (options.Any(o => o.Facilities.AsSpan().SequenceEqual(facilities)))
            {
                continue; // A repeated option adds nothing; its first listing sets the rank.
            }

            options.Add(CompileOption(instance, i, children, facilities, ranks));
            if (facilities.AsSpan().SequenceEqual(statusQuo))
            {
                return new MarketFamily(index, children, [.. options], Strength(family, priority));
            }
        }

        options.Add(CompileOption(instance, -1, children, statusQuo, ranks));
        return new MarketFamily(index, children, [.. options], Strength(family, priority));
    }

    private static MarketOption CompileOption(AllocationInstance instance, int inputIndex, int[] children, int[] facilities, RankTable ranks)
    {
        // Options hold one to three children, so a linear scan groups them faster than a dictionary would.
        var groups = new List<PlacementGroup>(children.Length);
        var places = new List<int>(children.Length);
        var members = new List<List<int>>(children.Length);
        for (var slot = 0; slot < children.Length; slot++)
        {
            if (facilities[slot] < 0)
            {
                continue;
            }

            var place = Place(facilities[slot], instance.Children[children[slot]].Age);
            var at = places.IndexOf(place);
            if (at < 0)
            {
                places.Add(place);
                members.Add([]);
                at = places.Count - 1;
            }

            members[at].Add(children[slot]);
        }

        for (var i = 0; i < places.Count; i++)
        {
            var groupChildren = members[i].ToArray();
            var groupRanks = Array.ConvertAll(groupChildren, c => ranks.Rank(FacilityOf(places[i]), c));
            groups.Add(new PlacementGroup(places[i], groupChildren, groupRanks, groupRanks.Max()));
        }

        return new MarketOption(inputIndex, facilities, [.. groups]);
    }

    private static double Strength(Family family, PriorityOrder priority)
    {
        var strength = double.MinValue;
        foreach (var option in family.Preferences)
        {
            for (var slot = 0; slot < option.Count; slot++)
            {
                if (option[slot] is { } facility && priority.Score(facility, family.Children[slot]) is { } ranked)
                {
                    strength = Math.Max(strength, ranked.Score);
                }
            }
        }

        return strength;
    }
}

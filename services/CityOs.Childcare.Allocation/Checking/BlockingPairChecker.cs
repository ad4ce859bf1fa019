namespace CityOs.Childcare.Allocation;

/// <summary>
/// Checks an outcome from scratch, sharing nothing with the allocator but the priority order, so that the
/// allocator's own bookkeeping is not trusted. See docs/childcare-allocation.md for the definitions.
/// </summary>
public static class BlockingPairChecker
{
    public static StabilityReport Check(AllocationInstance instance, IReadOnlyDictionary<string, string?> assignments)
    {
        var violations = new List<string>();
        var priority = new PriorityOrder(instance);
        var children = instance.Children.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var facilities = instance.Facilities.ToDictionary(f => f.Id, StringComparer.Ordinal);
        string? At(string child) => assignments.TryGetValue(child, out var facility) ? facility : null;

        foreach (var (child, facility) in assignments)
        {
            if (!children.ContainsKey(child) || (facility is not null && !facilities.ContainsKey(facility)))
            {
                violations.Add($"assignment {child} → {facility} names an unknown child or facility");
            }
        }

        var occupants = instance.Children
            .Where(c => At(c.Id) is { } f && facilities.ContainsKey(f))
            .ToLookup(c => (Facility: At(c.Id)!, c.Age));
        var enrolled = instance.Children
            .Where(c => c.CurrentFacility is not null)
            .CountBy(c => (c.CurrentFacility!, c.Age))
            .ToDictionary();
        int Seats(string facility, int age) => facilities[facility].Capacity[age] + enrolled.GetValueOrDefault((facility, age));

        foreach (var place in occupants)
        {
            if (place.Count() > Seats(place.Key.Facility, place.Key.Age))
            {
                violations.Add($"facility {place.Key.Facility} age {place.Key.Age}: {place.Count()} children for {Seats(place.Key.Facility, place.Key.Age)} seats");
            }
        }

        // Each occupant's priority at its own place, computed once: the claims below compare against it many times.
        var ranked = occupants.ToDictionary(
            place => place.Key,
            place => place.Select(c => (c.FamilyId, Key: priority.Key(place.Key.Facility, c.Id))).ToArray());
        var blocking = new List<BlockingPair>();
        foreach (var family in instance.Families)
        {
            var outcome = family.Children.Select(At).ToArray();
            var statusQuo = family.Children.Select(c => children[c].CurrentFacility).ToArray();
            var listed = IndexOf(family.Preferences, outcome);
            var statusQuoRank = IndexOf(family.Preferences, statusQuo);
            var isStatusQuo = outcome.SequenceEqual(statusQuo);
            if (listed == family.Preferences.Count && !isStatusQuo)
            {
                violations.Add($"family {family.Id}: outcome ({string.Join(", ", outcome)}) is none of its options");
                continue;
            }

            var rank = isStatusQuo ? statusQuoRank : listed;
            if (rank > statusQuoRank)
            {
                violations.Add($"family {family.Id}: outcome ranks below keeping its current places");
            }

            var seen = new List<IReadOnlyList<string?>>();
            for (var i = 0; i < Math.Min(rank, statusQuoRank); i++)
            {
                var option = family.Preferences[i];
                if (seen.Any(o => o.SequenceEqual(option)))
                {
                    continue;
                }

                seen.Add(option);
                if (CanClaim(family, option, children, ranked, priority, Seats))
                {
                    blocking.Add(new BlockingPair(family.Id, i, option));
                }
            }
        }

        return new StabilityReport(blocking, violations);
    }

    /// <summary>The first index of <paramref name="tuple"/> in the list, or the list's length when absent (ranked last).</summary>
    private static int IndexOf(IReadOnlyList<IReadOnlyList<string?>> options, string?[] tuple)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].SequenceEqual(tuple))
            {
                return i;
            }
        }

        return options.Count;
    }

    private static bool CanClaim(
        Family family, IReadOnlyList<string?> option, Dictionary<string, Child> children,
        Dictionary<(string Facility, int Age), (string FamilyId, PriorityKey Key)[]> occupants, PriorityOrder priority,
        Func<string, int, int> seats)
    {
        // Children of the option who need the same place form one group; the group gets in if its weakest does.
        var grouped = new bool[option.Count];
        for (var slot = 0; slot < option.Count; slot++)
        {
            if (option[slot] is not { } facility || grouped[slot])
            {
                continue;
            }

            var age = children[family.Children[slot]].Age;
            var size = 0;
            var weakest = default(PriorityKey);
            for (var other = slot; other < option.Count; other++)
            {
                if (option[other] == facility && children[family.Children[other]].Age == age)
                {
                    grouped[other] = true;
                    size++;
                    var key = priority.Key(facility, family.Children[other]);
                    weakest = size == 1 || key > weakest ? key : weakest;
                }
            }

            var ahead = 0;
            if (occupants.TryGetValue((facility, age), out var held))
            {
                foreach (var occupant in held)
                {
                    if (occupant.FamilyId != family.Id && occupant.Key < weakest)
                    {
                        ahead++;
                    }
                }
            }

            if (ahead + size > seats(facility, age))
            {
                return false;
            }
        }

        return true;
    }
}

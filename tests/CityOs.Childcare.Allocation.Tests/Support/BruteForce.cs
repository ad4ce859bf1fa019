namespace CityOs.Childcare.Allocation.Tests;

/// <summary>Enumerates every outcome of a tiny instance: each family takes one of its options or the status quo.</summary>
public static class BruteForce
{
    /// <summary>The most children placed by any outcome the checker finds stable, or null when none is stable.</summary>
    public static int? MaxPlacedAmongStable(AllocationInstance instance)
    {
        var choices = instance.Families.Select(f => Choices(instance, f)).ToList();
        int? best = null;
        foreach (var combination in Product(choices))
        {
            var assignments = new Dictionary<string, string?>();
            for (var f = 0; f < instance.Families.Count; f++)
            {
                for (var slot = 0; slot < instance.Families[f].Children.Count; slot++)
                {
                    assignments[instance.Families[f].Children[slot]] = combination[f][slot];
                }
            }

            if (BlockingPairChecker.Check(instance, assignments).IsStable)
            {
                best = Math.Max(best ?? 0, assignments.Values.Count(v => v is not null));
            }
        }

        return best;
    }

    private static List<IReadOnlyList<string?>> Choices(AllocationInstance instance, Family family)
    {
        var statusQuo = family.Children.Select(c => instance.Children.First(x => x.Id == c).CurrentFacility).ToList();
        return [.. family.Preferences, statusQuo];
    }

    private static IEnumerable<IReadOnlyList<string?>[]> Product(List<List<IReadOnlyList<string?>>> choices)
    {
        var index = new int[choices.Count];
        while (true)
        {
            yield return choices.Select((c, i) => c[index[i]]).ToArray();
            var position = 0;
            while (position < index.Length && ++index[position] == choices[position].Count)
            {
                index[position++] = 0;
            }

            if (position == index.Length)
            {
                yield break;
            }
        }
    }
}

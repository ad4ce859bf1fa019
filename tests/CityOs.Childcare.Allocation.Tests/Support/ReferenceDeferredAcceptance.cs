namespace CityOs.Childcare.Allocation.Tests;

/// <summary>
/// Textbook child-proposing deferred acceptance for single-child families, written separately from the library:
/// a place's seats are its new places plus its enrolled children, who come first in its priority.
/// </summary>
public static class ReferenceDeferredAcceptance
{
    public static Dictionary<string, string?> Run(AllocationInstance instance)
    {
        var child = instance.Children.ToDictionary(c => c.Id);
        var order = instance.Children.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var ranking = instance.Priorities.ToDictionary(p => p.Facility, p => p.Ranking.Select((r, i) => (r, i)).ToDictionary(x => x.r.Child, x => (x.r.Score, x.i)));
        (int, double, int, int) Priority(string facility, string id)
        {
            var enrolled = child[id].CurrentFacility == facility;
            return ranking.TryGetValue(facility, out var r) && r.TryGetValue(id, out var e)
                ? (enrolled ? 0 : 1, -e.Score, e.i, order[id])
                : (enrolled ? 0 : 2, 0, 0, order[id]);
        }

        var lists = instance.Families.ToDictionary(f => f.Children[0], f => List(f, child[f.Children[0]]));
        var seats = instance.Facilities.ToDictionary(f => f.Id, f => f.Capacity.ToArray());
        foreach (var c in instance.Children.Where(c => c.CurrentFacility is not null))
        {
            seats[c.CurrentFacility!][c.Age]++;
        }

        var held = new Dictionary<(string, int), List<string>>();
        var next = instance.Children.ToDictionary(c => c.Id, _ => 0);
        var result = instance.Children.ToDictionary(c => c.Id, _ => (string?)null);
        var free = new Queue<string>(instance.Children.Select(c => c.Id));
        while (free.TryDequeue(out var id))
        {
            var target = lists[id][next[id]++];
            if (target is null)
            {
                continue;
            }

            var key = (target, child[id].Age);
            var list = held.TryGetValue(key, out var l) ? l : held[key] = [];
            list.Add(id);
            result[id] = target;
            if (list.Count > seats[target][child[id].Age])
            {
                var worst = list.MaxBy(c => Priority(target, c))!;
                list.Remove(worst);
                result[worst] = null;
                free.Enqueue(worst);
            }
        }

        return result;
    }

    /// <summary>The listed facilities down to the first one equal to staying put, which always closes the list.</summary>
    private static List<string?> List(Family family, Child child)
    {
        var list = new List<string?>();
        foreach (var option in family.Preferences)
        {
            list.Add(option[0]);
            if (option[0] == child.CurrentFacility)
            {
                return list;
            }
        }

        list.Add(child.CurrentFacility);
        return list;
    }
}

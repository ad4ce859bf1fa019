using System.Globalization;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Tells each family where it stands: for every facility ranked above its outcome, the child's position among those
/// still waiting there, the score of the last child admitted there as a new admission, and the child's own score.
/// </summary>
public static class ExplanationBuilder
{
    public static IReadOnlyList<FamilyExplanation> Explain(AllocationInstance instance, IReadOnlyDictionary<string, string?> assignments)
    {
        var priority = new PriorityOrder(instance);
        var children = instance.Children.ToDictionary(c => c.Id, StringComparer.Ordinal);
        string? At(string child) => assignments.GetValueOrDefault(child);

        var outcomeRank = instance.Families.ToDictionary(f => f.Id, f => OutcomeRank(f, children, At), StringComparer.Ordinal);
        var wanted = instance.Families
            .SelectMany(f => f.Preferences.Take(outcomeRank[f.Id])
                .SelectMany(option => option.Select((facility, slot) => (Facility: facility, Child: children[f.Children[slot]]))))
            .Where(x => x.Facility is not null && x.Facility != At(x.Child.Id))
            .Select(x => (Facility: x.Facility!, x.Child))
            .Distinct()
            .ToList();
        var queues = wanted
            .GroupBy(x => (x.Facility, x.Child.Age))
            .ToDictionary(g => g.Key, g => g.Select(x => x.Child.Id).OrderBy(c => priority.Key(g.Key.Facility, c)).ToList());
        var wantedBy = wanted.ToLookup(x => x.Child.Id);
        var cutoffs = instance.Children
            .Where(c => At(c.Id) is { } f && f != c.CurrentFacility)
            .GroupBy(c => (Facility: At(c.Id)!, c.Age))
            .ToDictionary(g => g.Key, g => priority.Score(g.Key.Facility, g.MaxBy(c => priority.Key(g.Key.Facility, c.Id))!.Id)?.Score);

        return instance.Families.Select(family =>
        {
            var explained = family.Children.Select(id =>
            {
                var child = children[id];
                var waiting = wantedBy[id].Select(x =>
                {
                    var key = (x.Facility, child.Age);
                    var position = queues[key].IndexOf(id) + 1;
                    var cutoff = cutoffs.TryGetValue(key, out var c) ? c : null;
                    var score = priority.Score(x.Facility, id)?.Score;
                    return new WaitingPosition(x.Facility, child.Age, position, cutoff, score, Message(x.Facility, child.Age, position, cutoff, score));
                }).ToList();
                return new ChildExplanation(id, At(id), At(id) is { } f && f == child.CurrentFacility, waiting);
            }).ToList();
            var rank = outcomeRank[family.Id];
            int? optionIndex = rank < family.Preferences.Count ? rank : null;
            return new FamilyExplanation(family.Id, optionIndex, Summary(family, optionIndex, explained), explained);
        }).ToList();
    }

    private static int OutcomeRank(Family family, Dictionary<string, Child> children, Func<string, string?> at)
    {
        var outcome = family.Children.Select(at).ToArray();
        for (var i = 0; i < family.Preferences.Count; i++)
        {
            if (family.Preferences[i].SequenceEqual(outcome))
            {
                return i;
            }
        }

        return family.Preferences.Count;
    }

    private static string Message(string facility, int age, int position, double? cutoff, double? score)
    {
        var last = cutoff is { } c
            ? $"the last child admitted had {Points(c)} points"
            : $"no new place in age class {age} went to an applicant";
        var own = score is { } s ? $"you have {Points(s)}" : "you are not on its ranking";
        var tie = cutoff is { } t && score is { } m && t == m ? " (equal points are decided by the facility's ranking order)" : "";
        return $"position {position} for facility {facility}; {last}; {own}{tie}";
    }

    private static string Summary(Family family, int? optionIndex, List<ChildExplanation> children)
    {
        var placed = string.Join(", ", children.Select(c => c.Facility is null ? $"{c.ChildId}: no place" : $"{c.ChildId}: {c.Facility}"));
        return optionIndex is { } i
            ? $"granted preference {i + 1} of {family.Preferences.Count} ({placed})"
            : $"no listed preference could be granted ({placed})";
    }

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

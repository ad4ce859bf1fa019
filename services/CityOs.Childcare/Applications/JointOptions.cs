namespace CityOs.Childcare.Applications;

/// <summary>
/// When siblings give no explicit combinations, every combination of their own lists is an option, best first by
/// the sum of ranks, then by the worst rank: keeping both children near their top choices beats one first choice.
/// </summary>
public static class JointOptions
{
    private const int MaxOptions = 25;

    public static IReadOnlyList<IReadOnlyList<string?>> Derive(IReadOnlyList<ChildInput> children)
    {
        IEnumerable<(string?[] Option, int Sum, int Worst)> combos = [(Array.Empty<string?>(), 0, 0)];
        foreach (var child in children)
        {
            var prefs = child.Preferences ?? [];
            combos = combos.SelectMany(c => prefs.Select((f, rank) => (Option: (string?[])[.. c.Option, f], Sum: c.Sum + rank, Worst: Math.Max(c.Worst, rank))));
        }

        return [.. combos.OrderBy(c => c.Sum).ThenBy(c => c.Worst).Take(MaxOptions).Select(c => (IReadOnlyList<string?>)c.Option)];
    }
}

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Computes a household's points: each parent scores the highest base rule that applies to them (tables give the
/// most favourable reason, not the sum), then the household adjustments are added.
/// </summary>
public sealed class PriorityPointsCalculator(PriorityRules rules)
{
    public PriorityPointsCalculator()
        : this(PriorityRules.Default)
    {
    }

    public PriorityRules Rules { get; } = rules;

    /// <exception cref="ArgumentException">A reason or adjustment code that the rules do not know.</exception>
    public PriorityPoints Calculate(HouseholdCircumstances household)
    {
        var lines = new List<AppliedRule>();
        foreach (var parent in household.Parents)
        {
            var unknown = parent.Reasons.FirstOrDefault(r => !Rules.ParentRules.Any(rule => rule.Reason == r));
            if (unknown is not null)
            {
                throw new ArgumentException($"{parent.Label}: unknown reason \"{unknown}\"", nameof(household));
            }

            var best = Rules.ParentRules.Where(rule => rule.Applies(parent)).MaxBy(rule => rule.Points);
            lines.Add(best is null
                ? new AppliedRule("none", "該当なし (no qualifying reason)", parent.Label, 0)
                : new AppliedRule(best.Code, best.Description, parent.Label, best.Points));
        }

        foreach (var code in household.Adjustments.Distinct(StringComparer.Ordinal))
        {
            var rule = Rules.Adjustments.FirstOrDefault(a => a.Code == code)
                ?? throw new ArgumentException($"unknown adjustment \"{code}\"", nameof(household));
            lines.Add(new AppliedRule(rule.Code, rule.Description, "household", rule.Points));
        }

        return new PriorityPoints(lines.Sum(l => l.Points), lines);
    }
}

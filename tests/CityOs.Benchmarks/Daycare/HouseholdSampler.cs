using CityOs.Childcare.Allocation;

namespace CityOs.Benchmarks.Daycare;

/// <summary>
/// Draws household circumstances in proportions like a mid-size Japanese city's applications and scores them with
/// the bundled points table, so that the generated scores have the clumped, tie-heavy shape of real ones.
/// </summary>
internal sealed class HouseholdSampler(Random random)
{
    private static readonly PriorityPointsCalculator Calculator = new();

    private static readonly (double Weight, decimal? Hours, string? Reason)[] ParentSituations =
    [
        (60, 168, null), (12, 150, null), (10, 130, null), (6, 110, null), (4, 90, null), (3, 70, null), (2, 52, null),
        (3, null, "job-seeking"), (1.5, null, "pregnancy"), (1, null, "illness"), (0.8, null, "caring-full-time"),
        (0.6, null, "studying"), (0.2, null, "severe-disability"),
    ];

    private static readonly (double Probability, string Code)[] Adjustments =
    [
        (0.12, "waiting-last-year"), (0.06, "grandparent-available"), (0.02, "childcare-worker"),
        (0.02, "welfare-work-support"), (0.01, "child-disability"), (0.005, "unpaid-fees"),
    ];

    /// <summary>The household's points, and for households waiting since last year how many months they have waited.</summary>
    public (decimal Points, int WaitingMonths) Sample(bool twins)
    {
        var singleParent = random.NextDouble() < 0.09;
        var parents = new List<ParentCircumstances> { Parent("parent 1") };
        parents.Add(singleParent ? new ParentCircumstances("parent 2", null, ["absent"]) : Parent("parent 2"));
        var adjustments = Adjustments.Where(a => random.NextDouble() < a.Probability).Select(a => a.Code).ToList();
        if (singleParent)
        {
            adjustments.Add("single-parent");
        }

        if (twins)
        {
            adjustments.Add("multiple-birth");
        }

        var months = adjustments.Contains("waiting-last-year") ? random.Next(1, 12) : 0;
        return (Calculator.Calculate(new HouseholdCircumstances(parents, adjustments)).Total, months);
    }

    private ParentCircumstances Parent(string label)
    {
        var pick = random.NextDouble() * ParentSituations.Sum(s => s.Weight);
        foreach (var (weight, hours, reason) in ParentSituations)
        {
            pick -= weight;
            if (pick <= 0)
            {
                return new ParentCircumstances(label, hours, reason is null ? [] : [reason]);
            }
        }

        return new ParentCircumstances(label, 168, []);
    }
}

namespace CityOs.Childcare.Allocation;

/// <summary>
/// The allocation run (保育所利用調整). Single-child markets get child-proposing deferred acceptance, the
/// child-optimal stable outcome. With siblings a family-proposing search is tried in several processing orders;
/// CP-SAT then looks for a stable outcome placing more children, or proves that none is stable, when the fast
/// search found none or the market is small (see <see cref="ExactSearchMode"/>). The outcome's blocking pairs are
/// always recounted by the independent <see cref="BlockingPairChecker"/>.
/// </summary>
public sealed class ChildcareAllocator(AllocationOptions? options = null)
{
    private readonly AllocationOptions _options = options ?? AllocationOptions.Default;

    public AllocationResult Allocate(AllocationInstance instance, CancellationToken cancellationToken = default)
    {
        var market = Market.Compile(instance);
        var budget = (long)_options.ProposalsPerOption * market.Families.Sum(f => f.Options.Length) + 10_000;
        var best = FamilyProposingSearch.Run(market, StrengthOrder(market), budget, cancellationToken);
        if (!market.HasSiblingFamilies)
        {
            // Rural hospitals theorem: every stable outcome places the same children, so deferred acceptance is final.
            return Result(market, best.Choice, "deferred-acceptance", true, true, ExactStatus.NotRun);
        }

        for (var attempt = 1; attempt < _options.SearchAttempts; attempt++)
        {
            var outcome = FamilyProposingSearch.Run(market, ShuffledOrder(market, attempt), budget, cancellationToken);
            if (IsBetter(market, outcome, best))
            {
                best = outcome;
            }
        }

        var runExact = _options.ExactSearch switch
        {
            ExactSearchMode.Always => true,
            ExactSearchMode.WhenNeeded => market.ChildCount <= (best.Stable
                ? _options.ExactSearchChildLimitWhenStable
                : _options.ExactSearchChildLimitWhenUnstable),
            _ => false,
        };
        if (!runExact)
        {
            return Result(market, best.Choice, "family-proposing", best.Stable ? true : null, false, ExactStatus.NotRun);
        }

        var (status, exact) = ExactStableSearch.Solve(market, best.Choice, _options, cancellationToken);
        var exactWins = exact is not null && (!best.Stable || Placed(market, exact) > Placed(market, best.Choice));
        var choice = exactWins ? exact! : best.Choice;
        bool? exists = status switch
        {
            ExactStatus.NoStableOutcome => false,
            ExactStatus.Optimal or ExactStatus.Feasible => true,
            _ => best.Stable ? true : null,
        };
        return Result(market, choice, exactWins ? "cp-sat" : "family-proposing", exists, status == ExactStatus.Optimal, status);
    }

    private static bool IsBetter(Market market, SearchOutcome candidate, SearchOutcome best) =>
        candidate.BlockingPairs != best.BlockingPairs
            ? candidate.BlockingPairs < best.BlockingPairs
            : Placed(market, candidate.Choice) > Placed(market, best.Choice);

    private static int Placed(Market market, int[] choice) =>
        market.Families.Sum(f => f.Options[choice[f.Index]].PlacedCount);

    /// <summary>Strongest families first: with scores common to all facilities this is close to serial dictatorship, which is stable.</summary>
    private static int[] StrengthOrder(Market market)
    {
        var order = new int[market.Families.Length];
        var sorted = market.Families.OrderByDescending(f => f.Strength).ThenBy(f => f.Index).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            order[sorted[i].Index] = i;
        }

        return order;
    }

    private static int[] ShuffledOrder(Market market, int seed)
    {
        var order = Enumerable.Range(0, market.Families.Length).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }

    private static AllocationResult Result(
        Market market, int[] choice, string method, bool? exists, bool maximumProven, ExactStatus exact)
    {
        var instance = market.Instance;
        var assignments = new Dictionary<string, string?>(instance.Children.Count, StringComparer.Ordinal);
        foreach (var child in instance.Children)
        {
            assignments[child.Id] = null;
        }

        var familyOptions = new Dictionary<string, int?>(instance.Families.Count, StringComparer.Ordinal);
        foreach (var family in market.Families)
        {
            var option = family.Options[choice[family.Index]];
            var input = instance.Families[family.Index];
            familyOptions[input.Id] = option.InputIndex >= 0 ? option.InputIndex : null;
            for (var slot = 0; slot < input.Children.Count; slot++)
            {
                assignments[input.Children[slot]] = option.Facilities[slot] >= 0 ? market.FacilityIds[option.Facilities[slot]] : null;
            }
        }

        var matched = assignments.Values.Count(f => f is not null);
        return new AllocationResult
        {
            Assignments = assignments,
            FamilyOptions = familyOptions,
            Matched = matched,
            Unmatched = assignments.Count - matched,
            BlockingPairs = BlockingPairChecker.Check(instance, assignments).BlockingPairs,
            StableOutcomeExists = exists,
            MaximumProven = maximumProven,
            ExactSearch = exact,
            Method = method,
        };
    }
}

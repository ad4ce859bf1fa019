using Google.OrTools.Sat;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// CP-SAT model of "a stable outcome placing the most children": one Boolean per family option, exactly one per
/// family, seats per place, and for every option better than the status quo either the family gets it (or better)
/// or one of its placement groups is blocked, i.e. enough children outside the family who outrank the group's
/// weakest member fill the place. Sibling markets may have no stable outcome; the model then proves it.
/// </summary>
internal static class ExactStableSearch
{
    public static (ExactStatus Status, int[]? Choice) Solve(
        Market market, int[]? hint, AllocationOptions options, CancellationToken cancellationToken)
    {
        var entries = PlaceEntries(market);
        if (CountTerms(market, entries) > options.ExactSearchMaxTerms)
        {
            return (ExactStatus.TooLarge, null);
        }

        var model = new CpModel();
        var x = market.Families
            .Select(f => f.Options.Select((_, r) => model.NewBoolVar($"x{f.Index}_{r}")).ToArray())
            .ToArray();
        foreach (var family in market.Families)
        {
            model.AddExactlyOne(x[family.Index]);
        }

        AddSeatLimits(model, market, entries, x);
        foreach (var family in market.Families)
        {
            for (var r = 0; r < family.StatusQuo; r++)
            {
                AddNoBlocking(model, market, entries, x, family, r);
            }
        }

        var placed = LinearExpr.NewBuilder();
        foreach (var family in market.Families)
        {
            for (var r = 0; r < family.Options.Length; r++)
            {
                placed.AddTerm(x[family.Index][r], family.Options[r].PlacedCount);
            }
        }

        model.Maximize(placed);
        if (hint is not null)
        {
            foreach (var family in market.Families)
            {
                for (var r = 0; r < family.Options.Length; r++)
                {
                    model.AddHint(x[family.Index][r], hint[family.Index] == r);
                }
            }
        }

        return Run(model, market, x, options, cancellationToken);
    }

    private static (ExactStatus, int[]?) Run(
        CpModel model, Market market, BoolVar[][] x, AllocationOptions options, CancellationToken cancellationToken)
    {
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"max_time_in_seconds:{options.ExactSearchTimeLimit.TotalSeconds} num_workers:{options.ExactSearchWorkers} random_seed:1"),
        };
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model, null);
        cancellationToken.ThrowIfCancellationRequested();
        return status switch
        {
            CpSolverStatus.Optimal => (ExactStatus.Optimal, Read(solver, market, x)),
            CpSolverStatus.Feasible => (ExactStatus.Feasible, Read(solver, market, x)),
            CpSolverStatus.Infeasible => (ExactStatus.NoStableOutcome, null),
            _ => (ExactStatus.Unknown, null),
        };
    }

    private static int[] Read(CpSolver solver, Market market, BoolVar[][] x) =>
        market.Families.Select(f => Array.FindIndex(x[f.Index], v => solver.BooleanValue(v))).ToArray();

    private static void AddSeatLimits(CpModel model, Market market, List<PlaceEntry>[] entries, BoolVar[][] x)
    {
        for (var place = 0; place < entries.Length; place++)
        {
            if (entries[place].Count == 0)
            {
                continue;
            }

            var load = LinearExpr.NewBuilder();
            foreach (var entry in entries[place])
            {
                load.AddTerm(x[entry.Family][entry.Option], entry.Ranks.Length);
            }

            model.Add(load <= market.Seats[place]);
        }
    }

    private static void AddNoBlocking(
        CpModel model, Market market, List<PlaceEntry>[] entries, BoolVar[][] x, MarketFamily family, int r)
    {
        var escape = new List<ILiteral>();
        for (var better = 0; better <= r; better++)
        {
            escape.Add(x[family.Index][better]);
        }

        foreach (var group in family.Options[r].Groups)
        {
            var threshold = market.Seats[group.Place] - group.Children.Length + 1;
            if (threshold <= 0)
            {
                return; // The group never fits, so this option can never block.
            }

            var ahead = LinearExpr.NewBuilder();
            var bestPerFamily = new Dictionary<int, int>();
            foreach (var entry in entries[group.Place])
            {
                if (entry.Family == family.Index)
                {
                    continue;
                }

                var count = entry.Ranks.Count(rank => rank < group.WorstRank);
                if (count > 0)
                {
                    ahead.AddTerm(x[entry.Family][entry.Option], count);
                    bestPerFamily[entry.Family] = Math.Max(bestPerFamily.GetValueOrDefault(entry.Family), count);
                }
            }

            if (bestPerFamily.Values.Sum() >= threshold)
            {
                var blocked = model.NewBoolVar("");
                model.Add(ahead >= threshold).OnlyEnforceIf(blocked);
                escape.Add(blocked);
            }
        }

        model.AddBoolOr(escape);
    }

    private static List<PlaceEntry>[] PlaceEntries(Market market)
    {
        var entries = market.Seats.Select(_ => new List<PlaceEntry>()).ToArray();
        foreach (var family in market.Families)
        {
            for (var r = 0; r < family.Options.Length; r++)
            {
                foreach (var group in family.Options[r].Groups)
                {
                    entries[group.Place].Add(new PlaceEntry(family.Index, r, group.Ranks));
                }
            }
        }

        return entries;
    }

    private static long CountTerms(Market market, List<PlaceEntry>[] entries) =>
        market.Families.Sum(f => f.Options.Take(f.StatusQuo).Sum(o => o.Groups.Sum(g => (long)entries[g.Place].Count)));

    private readonly record struct PlaceEntry(int Family, int Option, int[] Ranks);
}

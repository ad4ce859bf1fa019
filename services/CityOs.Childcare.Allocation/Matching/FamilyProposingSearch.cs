namespace CityOs.Childcare.Allocation;

/// <summary>
/// Family-proposing deferred acceptance with best responses: an unplaced family takes its best option that every
/// child of it can claim (a free seat, or one held by a lower-priority new admission), which evicts the families of
/// the displaced children. With single children only this is child-proposing deferred acceptance. Siblings can free
/// seats when their family is evicted, so after the queue drains the families watching a place that lost an
/// occupant are re-checked and any that now blocks re-proposes, until no blocking family remains or the proposal
/// budget runs out (sibling markets can cycle).
/// </summary>
internal sealed class FamilyProposingSearch
{
    private const int Unplaced = -1;

    private readonly Market _market;
    private readonly SeatMap _seats;
    private readonly int[] _choice;
    private readonly int[] _order;
    private readonly PriorityQueue<int, int> _queue = new();
    private readonly bool[] _queued;
    private readonly long _budget;
    private long _proposals;

    private FamilyProposingSearch(Market market, int[] order, long budget)
    {
        _market = market;
        _seats = new SeatMap(market);
        _choice = Enumerable.Repeat(Unplaced, market.Families.Length).ToArray();
        _order = order;
        _queued = new bool[market.Families.Length];
        _budget = budget;
    }

    /// <summary>Runs the search; <paramref name="order"/> gives each family's processing key (smaller first).</summary>
    public static SearchOutcome Run(Market market, int[] order, long budget, CancellationToken cancellationToken)
    {
        var search = new FamilyProposingSearch(market, order, budget);
        var stable = search.Solve(cancellationToken);
        var blockingPairs = stable ? 0 : search.CountBlockingPairs();
        return new SearchOutcome(search._choice, blockingPairs, search._proposals);
    }

    private bool Solve(CancellationToken cancellationToken)
    {
        foreach (var family in _market.Families)
        {
            Enqueue(family.Index);
        }

        while (Drain())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = Candidates();
            if (candidates.Count == 0)
            {
                return true;
            }

            foreach (var family in candidates)
            {
                // Re-proposals earlier in this round may have changed what this family can claim.
                if (FirstBlockingOption(family) >= 0)
                {
                    Withdraw(family);
                    Enqueue(family);
                    if (!Drain())
                    {
                        SettleRemainingWithoutEvictions();
                        return false;
                    }
                }
            }
        }

        SettleRemainingWithoutEvictions();
        return false;
    }

    /// <summary>Families watching a place that lost an occupant since the last check, strongest first.</summary>
    private List<int> Candidates()
    {
        var candidates = new HashSet<int>();
        foreach (var place in _seats.TakeFreedPlaces())
        {
            candidates.UnionWith(_market.Watchers[place]);
        }

        return candidates.OrderBy(f => _order[f]).ToList();
    }

    /// <summary>Processes queued families until none is left (true) or the budget is spent (false).</summary>
    private bool Drain()
    {
        while (_queue.TryDequeue(out var family, out _))
        {
            _queued[family] = false;
            if (_proposals > _budget)
            {
                Enqueue(family);
                return false;
            }

            var options = _market.Families[family].Options;
            for (var r = 0; r < options.Length; r++)
            {
                _proposals++;
                if (Claimable(options[r], family))
                {
                    Take(family, r);
                    break;
                }
            }
        }

        return true;
    }

    private bool Claimable(MarketOption option, int family)
    {
        foreach (var group in option.Groups)
        {
            if (!_seats.Admits(group, family))
            {
                return false;
            }
        }

        return true;
    }

    private void Take(int family, int option)
    {
        _choice[family] = option;
        foreach (var group in _market.Families[family].Options[option].Groups)
        {
            _seats.Add(group, family);
            while (_seats.IsOver(group.Place))
            {
                var evicted = _seats.PopWorst(group.Place);
                Withdraw(evicted.Family);
                Enqueue(evicted.Family);
            }
        }
    }

    private void Withdraw(int family)
    {
        if (_choice[family] == Unplaced)
        {
            return;
        }

        foreach (var group in _market.Families[family].Options[_choice[family]].Groups)
        {
            _seats.Remove(group);
        }

        _choice[family] = Unplaced;
    }

    private void Enqueue(int family)
    {
        if (!_queued[family])
        {
            _queued[family] = true;
            _queue.Enqueue(family, _order[family]);
        }
    }

    private int CountBlockingPairs()
    {
        var count = 0;
        foreach (var family in _market.Families)
        {
            for (var r = 0; r < _choice[family.Index]; r++)
            {
                count += Claimable(family.Options[r], family.Index) ? 1 : 0;
            }
        }

        return count;
    }

    private int FirstBlockingOption(int family)
    {
        var options = _market.Families[family].Options;
        for (var r = 0; r < _choice[family]; r++)
        {
            if (Claimable(options[r], family))
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>
    /// Out of budget: each family still queued takes its best option that fits in free seats, evicting nobody, or
    /// else its status quo. That ends: only enrolled children returning to their own seat evict, and nobody can
    /// evict them in turn.
    /// </summary>
    private void SettleRemainingWithoutEvictions()
    {
        while (_queue.TryDequeue(out var family, out _))
        {
            _queued[family] = false;
            var options = _market.Families[family].Options;
            var choice = Array.FindIndex(options, o => o.Groups.All(_seats.HasRoom));
            Take(family, choice >= 0 ? choice : options.Length - 1);
        }
    }
}

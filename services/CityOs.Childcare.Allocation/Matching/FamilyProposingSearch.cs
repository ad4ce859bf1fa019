namespace CityOs.Childcare.Allocation;

/// <summary>
/// Family-proposing deferred acceptance with best responses: an unplaced family takes its best option that every
/// child of it can claim (a free seat, or one held by a lower-priority new admission), which evicts the families of
/// the displaced children. With single children only this is child-proposing deferred acceptance. Siblings can free
/// seats when their family is evicted, so after the queue drains any family that now blocks is re-proposed, until
/// no blocking family remains or the proposal budget runs out (sibling markets can cycle).
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
        return new SearchOutcome(search._choice, stable);
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
            var blocking = BlockingFamilies();
            if (blocking.Count == 0)
            {
                return true;
            }

            foreach (var family in blocking)
            {
                // An earlier re-proposal in this round may have settled it already.
                if (FirstBlockingOption(family) >= 0)
                {
                    Withdraw(family);
                    Enqueue(family);
                    if (!Drain())
                    {
                        break;
                    }
                }
            }
        }

        SettleRemainingOnStatusQuo();
        return false;
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

    private List<int> BlockingFamilies()
    {
        var blocking = new List<int>();
        for (var f = 0; f < _choice.Length; f++)
        {
            if (FirstBlockingOption(f) >= 0)
            {
                blocking.Add(f);
            }
        }

        return blocking.OrderBy(f => _order[f]).ToList();
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
    /// Out of budget: the families still queued take their status quo. It is always claimable (enrolled children
    /// outrank everyone at their own facility) and is never evicted, so this ends.
    /// </summary>
    private void SettleRemainingOnStatusQuo()
    {
        while (_queue.TryDequeue(out var family, out _))
        {
            _queued[family] = false;
            Take(family, _market.Families[family].StatusQuo);
        }
    }
}

namespace CityOs.Childcare.Allocation;

/// <summary>Who holds which seat; every place keeps its occupants in a small unsorted list (tens of children).</summary>
internal sealed class SeatMap(Market market)
{
    private readonly List<Occupant>[] _places = market.Seats.Select(_ => new List<Occupant>()).ToArray();
    private readonly bool[] _freed = new bool[market.Seats.Length];
    private readonly List<int> _freedPlaces = [];

    public IReadOnlyList<Occupant> Occupants(int place) => _places[place];

    /// <summary>
    /// Whether the group would get in: its weakest member must fit after everyone outside the family who outranks
    /// them. Children of <paramref name="family"/> are ignored because a family that moves gives up its own seats.
    /// </summary>
    public bool Admits(PlacementGroup group, int family)
    {
        var ahead = 0;
        foreach (var occupant in _places[group.Place])
        {
            if (occupant.Rank < group.WorstRank && occupant.Family != family)
            {
                ahead++;
            }
        }

        return ahead + group.Children.Length <= market.Seats[group.Place];
    }

    public void Add(PlacementGroup group, int family)
    {
        for (var i = 0; i < group.Children.Length; i++)
        {
            _places[group.Place].Add(new Occupant(group.Ranks[i], group.Children[i], family));
        }
    }

    public void Remove(PlacementGroup group)
    {
        _places[group.Place].RemoveAll(o => Array.IndexOf(group.Children, o.Child) >= 0);
        MarkFreed(group.Place);
    }

    /// <summary>
    /// Places that lost an occupant since the last call. Only there can a family that settled earlier now get in,
    /// so the search re-checks just the families that listed them.
    /// </summary>
    public List<int> TakeFreedPlaces()
    {
        var freed = _freedPlaces.ToList();
        foreach (var place in _freedPlaces)
        {
            _freed[place] = false;
        }

        _freedPlaces.Clear();
        return freed;
    }

    /// <summary>Whether the group fits in free seats, displacing nobody.</summary>
    public bool HasRoom(PlacementGroup group) => _places[group.Place].Count + group.Children.Length <= market.Seats[group.Place];

    public bool IsOver(int place) => _places[place].Count > market.Seats[place];

    /// <summary>Removes and returns the lowest-priority occupant.</summary>
    public Occupant PopWorst(int place)
    {
        var list = _places[place];
        var worst = 0;
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Rank > list[worst].Rank)
            {
                worst = i;
            }
        }

        var occupant = list[worst];
        list.RemoveAt(worst);
        MarkFreed(place);
        return occupant;
    }

    private void MarkFreed(int place)
    {
        if (!_freed[place])
        {
            _freed[place] = true;
            _freedPlaces.Add(place);
        }
    }
}

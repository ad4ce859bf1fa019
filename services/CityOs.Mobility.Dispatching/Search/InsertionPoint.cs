namespace CityOs.Mobility.Dispatching.Search;

/// <summary>Where to put a request: pick-up after position <see cref="PickAfter"/>, drop-off after <see cref="DropAfter"/> (positions before insertion).</summary>
internal readonly record struct InsertionPoint(int Route, int PickAfter, int DropAfter, double Delta)
{
    public static InsertionPoint None { get; } = new(-1, -1, -1, double.PositiveInfinity);

    public bool Exists => Route >= 0;
}

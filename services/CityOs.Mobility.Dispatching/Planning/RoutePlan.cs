namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>
/// The stops of one vehicle between leaving its start and reaching its end, in order.
/// The first <see cref="LockedStops"/> stops have started or are committed: the dispatcher neither moves
/// nor removes them, and inserts only after them. Requests with a locked stop stay on this vehicle.
/// </summary>
public sealed record RoutePlan(int Vehicle, IReadOnlyList<Stop> Stops)
{
    public int LockedStops { get; init; }
}

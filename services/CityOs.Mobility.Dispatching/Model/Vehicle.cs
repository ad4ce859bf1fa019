namespace CityOs.Mobility.Dispatching.Model;

/// <summary>
/// A vehicle and its shift. Once on the road, its <see cref="Departure"/> is pinned to the time it left and
/// the stops it has served are locked at the head of its route (<see cref="Planning.RoutePlan.LockedStops"/>).
/// </summary>
public sealed record Vehicle
{
    public required string Id { get; init; }

    public required int Capacity { get; init; }

    public required Location Start { get; init; }

    public required Location End { get; init; }

    public TimeWindow Departure { get; init; } = TimeWindow.Unbounded;

    public TimeWindow Return { get; init; } = TimeWindow.Unbounded;

    /// <summary>Longest time from leaving <see cref="Start"/> to reaching <see cref="End"/>.</summary>
    public double MaxRouteDuration { get; init; } = double.MaxValue / 4;
}

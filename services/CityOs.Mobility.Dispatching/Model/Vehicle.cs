namespace CityOs.Mobility.Dispatching.Model;

/// <summary>
/// A vehicle and its shift. For a live plan, <see cref="Start"/> is where the vehicle is now and
/// <see cref="Departure"/> starts at the current time.
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

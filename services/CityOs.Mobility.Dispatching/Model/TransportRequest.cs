namespace CityOs.Mobility.Dispatching.Model;

/// <summary>One passenger trip (or a group travelling together): picked up, carried, dropped off by the same vehicle.</summary>
public sealed record TransportRequest
{
    public required string Id { get; init; }

    public required Location Pickup { get; init; }

    public required Location Dropoff { get; init; }

    public TimeWindow PickupWindow { get; init; } = TimeWindow.Unbounded;

    public TimeWindow DropoffWindow { get; init; } = TimeWindow.Unbounded;

    /// <summary>Seats taken while on board.</summary>
    public int Load { get; init; } = 1;

    public double PickupServiceTime { get; init; }

    public double DropoffServiceTime { get; init; }

    /// <summary>Longest time on board, from the end of pick-up service to the start of drop-off service.</summary>
    public double MaxRideTime { get; init; } = double.MaxValue / 4;
}

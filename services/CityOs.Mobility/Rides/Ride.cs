namespace CityOs.Mobility.Rides;

/// <summary>
/// One booked (or refused) ride, one document each. The rider is a mobility pseudonym; place labels are kept
/// here for the driver only and never leave in messages or logs.
/// </summary>
public sealed record Ride
{
    public required string RideId { get; init; }

    public required RideChannel Channel { get; init; }

    public required string RiderPseudonym { get; init; }

    /// <summary>The phone operator who booked for the rider.</summary>
    public string? OperatorId { get; init; }

    public string? PartnerId { get; init; }

    /// <summary>
    /// Set when someone booked through the companion app for the rider: the recorded relationship (<c>Family</c>,
    /// <c>CareManager</c>, <c>Counter</c>), never a name. Null when riders booked for themselves or by another channel.
    /// </summary>
    public string? ActingAs { get; init; }

    /// <summary>The other leg of a partner's booking (appointment pickup and ride home).</summary>
    public string? LinkedRideId { get; init; }

    public Guid? EvacuationRequestId { get; init; }

    public required RidePlace Pickup { get; init; }

    public required RidePlace Dropoff { get; init; }

    /// <summary>District of the pickup, for the KPIs.</summary>
    public required string District { get; init; }

    public DateTimeOffset? EarliestPickup { get; init; }

    public DateTimeOffset? LatestArrival { get; init; }

    public required int Passengers { get; init; }

    public int Companions { get; init; }

    public bool Wheelchair { get; init; }

    public required RideStatus Status { get; init; }

    public string? VehicleId { get; init; }

    public PickupWindow? PromisedPickup { get; init; }

    /// <summary>Why it was not served or displaced, as a code.</summary>
    public string? Reason { get; init; }

    /// <summary>Later windows that would fit, offered when the ride could not be served or was displaced.</summary>
    public IReadOnlyList<PickupWindow> Alternatives { get; init; } = [];

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Seats taken: the wheelchair user sits in a wheelchair place instead.</summary>
    public int Seats => Passengers + Companions - (Wheelchair ? 1 : 0);

    public bool IsEvacuation => Channel == RideChannel.Evacuation;
}

using CityOs.Consent.Client.Residents;

namespace CityOs.Mobility.Rides;

/// <summary>
/// A ride as its rider (or their proxy) sees it in "my rides": the places they gave, times, outcome and offers.
/// <see cref="Outcome"/> is as in <see cref="RideView"/>; <see cref="ActingAs"/> says a proxy booked it (the
/// relationship, no name); <see cref="Channel"/> how it was booked (<c>App</c>, <c>Phone</c>, <c>Partner</c>,
/// <c>Evacuation</c>). No rider pseudonym: the app knows whose list it asked for.
/// </summary>
public sealed record ResidentRideView
{
    public required string RideId { get; init; }

    public required string Outcome { get; init; }

    public required string Channel { get; init; }

    public string? ActingAs { get; init; }

    /// <summary><c>self</c>, <c>proxy</c> (family member or care manager) or <c>staff</c> (a counter clerk through a recorded relationship), as Disaster's safety reports say it.</summary>
    public required string BookedBy { get; init; }

    public required RidePlace Pickup { get; init; }

    public required RidePlace Dropoff { get; init; }

    public DateTimeOffset? EarliestPickup { get; init; }

    public DateTimeOffset? LatestArrival { get; init; }

    public required int Passengers { get; init; }

    public int Companions { get; init; }

    public bool Wheelchair { get; init; }

    public PickupWindow? PromisedPickup { get; init; }

    /// <summary>Only when one ride is asked for: the planned pickup time from where the vehicle is now.</summary>
    public DateTimeOffset? EstimatedPickup { get; init; }

    public IReadOnlyList<PickupWindow> Alternatives { get; init; } = [];

    public string? Reason { get; init; }

    public string? LinkedRideId { get; init; }

    /// <summary>Whether the app may offer "cancel": a scheduled ride the resident booked, not an evacuation ride.</summary>
    public required bool Cancellable { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public static ResidentRideView Of(Ride ride, DateTimeOffset? eta = null) => new()
    {
        RideId = ride.RideId,
        Outcome = RideView.Of(ride).Outcome,
        Channel = ride.Channel.ToString(),
        ActingAs = ride.ActingAs,
        BookedBy = SignedInResident.ActorOf(ride.ActingAs),
        Pickup = ride.Pickup,
        Dropoff = ride.Dropoff,
        EarliestPickup = ride.EarliestPickup,
        LatestArrival = ride.LatestArrival,
        Passengers = ride.Passengers,
        Companions = ride.Companions,
        Wheelchair = ride.Wheelchair,
        PromisedPickup = ride.PromisedPickup,
        EstimatedPickup = eta,
        Alternatives = ride.Alternatives,
        Reason = ride.Reason,
        LinkedRideId = ride.LinkedRideId,
        Cancellable = ride.Status == RideStatus.Scheduled && !ride.IsEvacuation,
        RequestedAt = ride.RequestedAt,
    };
}

namespace CityOs.Mobility.Rides;

/// <summary>
/// What a booking answers and a ride lookup shows. <see cref="Outcome"/>: accepted, alternatives, declined, cancelled or displaced.
/// No rider pseudonym or place labels: the lookup is by ride id only.
/// </summary>
public sealed record RideView
{
    public required string RideId { get; init; }

    public required string Outcome { get; init; }

    public string? VehicleId { get; init; }

    public PickupWindow? PromisedPickup { get; init; }

    /// <summary>Planned pickup time, refreshed by every re-plan from where the vehicle is.</summary>
    public DateTimeOffset? EstimatedPickup { get; init; }

    public IReadOnlyList<PickupWindow> Alternatives { get; init; } = [];

    public string? Reason { get; init; }

    public string? LinkedRideId { get; init; }

    public static RideView Of(Ride ride, DateTimeOffset? eta = null) => new()
    {
        RideId = ride.RideId,
        Outcome = ride.Status switch
        {
            RideStatus.Scheduled => "accepted",
            RideStatus.Cancelled => "cancelled",
            RideStatus.Displaced => "displaced",
            _ => ride.Alternatives.Count > 0 ? "alternatives" : "declined",
        },
        VehicleId = ride.VehicleId,
        PromisedPickup = ride.PromisedPickup,
        EstimatedPickup = eta,
        Alternatives = ride.Alternatives,
        Reason = ride.Reason,
        LinkedRideId = ride.LinkedRideId,
    };
}

namespace CityOs.Mobility.Rides;

/// <summary>Turns a validated request into a ride document not yet planned.</summary>
public sealed class RideDrafts(ServiceArea area, TimeProvider time)
{
    public Ride Draft(BookRideRequest request, RideChannel channel, string? operatorId = null, string? partnerId = null, string? actingAs = null) => new()
    {
        RideId = $"r-{Guid.NewGuid():N}",
        Channel = channel,
        RiderPseudonym = request.RiderPseudonym!,
        OperatorId = operatorId,
        PartnerId = partnerId,
        ActingAs = actingAs,
        Pickup = new RidePlace(request.Pickup!.Lat, request.Pickup.Lon, request.Pickup.Label),
        Dropoff = new RidePlace(request.Dropoff!.Lat, request.Dropoff.Lon, request.Dropoff.Label),
        District = area.Nearest(request.Pickup.Lat, request.Pickup.Lon).Code,
        EarliestPickup = request.EarliestPickup,
        LatestArrival = request.LatestArrival,
        Passengers = request.Passengers,
        Companions = request.Companions,
        Wheelchair = request.Wheelchair,
        Status = RideStatus.NotServed,
        RequestedAt = time.GetUtcNow(),
    };
}

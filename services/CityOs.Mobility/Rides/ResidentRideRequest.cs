namespace CityOs.Mobility.Rides;

/// <summary>
/// A ride as the companion app books it for the signed-in resident (or the resident a proxy acts for): the booking
/// body without a rider, who is the resident the route resolved through Consent.
/// </summary>
public sealed record ResidentRideRequest
{
    public PlaceRequest? Pickup { get; init; }

    public PlaceRequest? Dropoff { get; init; }

    public DateTimeOffset? EarliestPickup { get; init; }

    public DateTimeOffset? LatestArrival { get; init; }

    public int Passengers { get; init; } = 1;

    public int Companions { get; init; }

    public bool Wheelchair { get; init; }

    public BookRideRequest For(string riderPseudonym) => new()
    {
        RiderPseudonym = riderPseudonym,
        Pickup = Pickup,
        Dropoff = Dropoff,
        EarliestPickup = EarliestPickup,
        LatestArrival = LatestArrival,
        Passengers = Passengers,
        Companions = Companions,
        Wheelchair = Wheelchair,
    };
}

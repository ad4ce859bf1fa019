namespace CityOs.Mobility.Rides;

/// <summary>
/// A ride as the app or a phone operator asks for it. Give <see cref="EarliestPickup"/> or <see cref="LatestArrival"/> (or both).
/// <see cref="Passengers"/> counts the riders, the wheelchair user included; <see cref="Companions"/> are carers riding along.
/// </summary>
public sealed record BookRideRequest
{
    public string? RiderPseudonym { get; init; }

    public PlaceRequest? Pickup { get; init; }

    public PlaceRequest? Dropoff { get; init; }

    public DateTimeOffset? EarliestPickup { get; init; }

    public DateTimeOffset? LatestArrival { get; init; }

    public int Passengers { get; init; } = 1;

    public int Companions { get; init; }

    public bool Wheelchair { get; init; }
}

namespace CityOs.Mobility.Rides;

/// <summary>
/// The rides booked for one rider, oldest first: "my rides" reads this one small document and then each ride by id,
/// instead of searching the whole rides partition. Written before the ride itself, so an id here whose ride is
/// missing (a crash between the two writes) is skipped on reading.
/// </summary>
public sealed record RiderRides
{
    public IReadOnlyList<string> RideIds { get; init; } = [];
}

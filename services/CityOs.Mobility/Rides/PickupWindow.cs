namespace CityOs.Mobility.Rides;

public sealed record PickupWindow(DateTimeOffset Start, DateTimeOffset End);

namespace CityOs.Mobility.Rides;

/// <summary>A ride's pickup or drop-off at its planned start of service.</summary>
public sealed record PlannedStop(string RideId, bool IsPickup, DateTimeOffset At);

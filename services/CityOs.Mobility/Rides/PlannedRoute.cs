namespace CityOs.Mobility.Rides;

/// <summary>One vehicle's stops in order, served ones included.</summary>
public sealed record PlannedRoute(string VehicleId, IReadOnlyList<PlannedStop> Stops);

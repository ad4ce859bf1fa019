namespace CityOs.Mobility.Rides;

/// <summary>A ride fitted into a day's plan: the new plan, its vehicle and its planned pickup time.</summary>
public sealed record Placement(RidePlan Plan, string VehicleId, DateTimeOffset PickupAt);

namespace CityOs.Mobility.Rides;

/// <summary>What <see cref="PlanProblem"/> reads: the stored plan, its rides, where vehicles are and the time.</summary>
public sealed record PlanInputs(RidePlan Plan, IReadOnlyDictionary<string, Ride> Rides, DateTimeOffset Now, VehiclePositions Positions, ServiceArea Area, RideOptions Options);

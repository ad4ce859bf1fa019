namespace CityOs.Contracts.Evacuation;

/// <summary>Mobility's answer to <see cref="RequestEvacuationRide"/>, correlated by the request id only.</summary>
public sealed record EvacuationRideScheduled
{
    public required Guid RideId { get; init; }

    public required Guid RequestId { get; init; }

    public required DateTimeOffset PickupWindowStart { get; init; }

    public required DateTimeOffset PickupWindowEnd { get; init; }

    public required string VehicleId { get; init; }
}

namespace CityOs.Contracts.Evacuation;

public sealed record EvacuationRideScheduled
{
    public required Guid RequestId { get; init; }

    public required string RideId { get; init; }

    public required string VehicleId { get; init; }

    public required DateTimeOffset PickupWindowStart { get; init; }

    public required DateTimeOffset PickupWindowEnd { get; init; }
}

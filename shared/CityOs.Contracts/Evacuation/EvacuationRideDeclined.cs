namespace CityOs.Contracts.Evacuation;

/// <summary>No vehicle can make it in time; Disaster lists the resident as unassisted with reason no-vehicle.</summary>
public sealed record EvacuationRideDeclined
{
    public required Guid RequestId { get; init; }

    /// <summary>e.g. <c>no-vehicle</c>, <c>outside-service-area</c>.</summary>
    public required string Reason { get; init; }
}

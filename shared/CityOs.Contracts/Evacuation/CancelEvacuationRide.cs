namespace CityOs.Contracts.Evacuation;

/// <summary>
/// Disaster re-planned the resident (their shelter flooded or filled up, or the plan changed): the ride asked for
/// under this request is no longer wanted, and its seat goes back to the fleet.
/// </summary>
public sealed record CancelEvacuationRide
{
    public required Guid RequestId { get; init; }

    /// <summary>e.g. <c>re-planned</c>.</summary>
    public required string Reason { get; init; }
}

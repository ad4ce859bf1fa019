namespace CityOs.Mobility.Transit.Realtime;

/// <summary>Which trip a vehicle runs, set by the operator for on-board units that do not send a trip id.</summary>
public sealed record VehicleAssignment
{
    public required string VehicleId { get; init; }

    public required string TripId { get; init; }

    /// <summary>Service day of the trip; when absent it is inferred from the time of each fix.</summary>
    public DateOnly? ServiceDate { get; init; }

    public required DateTimeOffset AssignedAt { get; init; }
}

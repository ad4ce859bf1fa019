namespace CityOs.Disaster.Guidance;

/// <summary>What one resident is told to do now, and whether help is arranged. Pseudonym and codes only.</summary>
public sealed record ResidentGuidance
{
    public required string Pseudonym { get; init; }

    public required string District { get; init; }

    public string? ShelterId { get; init; }

    public string? SupporterId { get; init; }

    public required string Method { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    /// <summary><c>own-plan</c> or <c>computed</c>.</summary>
    public required string PlanSource { get; init; }

    public Guid? RideRequestId { get; init; }

    public string? RideId { get; init; }

    /// <summary>A ride not scheduled by then turns the resident into <c>no-vehicle</c>.</summary>
    public DateTimeOffset? RideDeadline { get; init; }

    /// <summary>
    /// While waiting for a vehicle: the request as sent, kept in the plan-set document (the outbox inside the
    /// aggregate) so a restarted service can send it again; Mobility books once per request id.
    /// </summary>
    public Contracts.Evacuation.RequestEvacuationRide? RideRequest { get; init; }

    /// <summary><c>consent</c> or <c>break-glass</c> when a link to Mobility was allowed.</summary>
    public string? LinkBasis { get; init; }

    public required DateTimeOffset At { get; init; }
}

namespace CityOs.Contracts.Evacuation;

/// <summary>
/// Disaster asks Mobility for a ride to a shelter, after Consent allowed the link. Carries Mobility's own
/// pseudonym (from the link answer), never Disaster's; pickup rounded to about 100 m; only allowed needs.
/// </summary>
public sealed record RequestEvacuationRide
{
    public required Guid RequestId { get; init; }

    public required string MobilityPseudonym { get; init; }

    public required double PickupLat { get; init; }

    public required double PickupLon { get; init; }

    public required string ShelterId { get; init; }

    public required double ShelterLat { get; init; }

    public required double ShelterLon { get; init; }

    /// <summary>Set only when Consent released <c>mobility-needs.wheelchair</c>; otherwise unknown to Mobility.</summary>
    public bool? Wheelchair { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    /// <summary><c>consent</c> or <c>break-glass</c>, as Consent decided.</summary>
    public required string Basis { get; init; }
}

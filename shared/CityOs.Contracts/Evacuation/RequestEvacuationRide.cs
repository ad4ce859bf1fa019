namespace CityOs.Contracts.Evacuation;

/// <summary>
/// Disaster asks Mobility for a ride to a shelter after Consent allowed the link. Carries Mobility's
/// own pseudonym (from the link answer) and only the categories that were allowed; no name or address.
/// </summary>
public sealed record RequestEvacuationRide
{
    public required Guid RequestId { get; init; }

    public required string MobilityPseudonym { get; init; }

    /// <summary>Pickup near home, rounded to about 100 m.</summary>
    public required double PickupLatitude { get; init; }

    public required double PickupLongitude { get; init; }

    public required string ShelterId { get; init; }

    public required double DropoffLatitude { get; init; }

    public required double DropoffLongitude { get; init; }

    /// <summary>Present only if <c>mobility-needs.wheelchair</c> was allowed.</summary>
    public bool? Wheelchair { get; init; }

    public required int Passengers { get; init; }

    public required string District { get; init; }

    /// <summary>The ride must reach the shelter before this time.</summary>
    public required DateTimeOffset LatestArrival { get; init; }

    /// <summary>The ledger entry of the consent or break-glass decision that allowed this.</summary>
    public required long LedgerSequence { get; init; }
}

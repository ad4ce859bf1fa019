namespace CityOs.Contracts.Childcare;

/// <summary>
/// Childcare's answer: per child only the consented categories (a value not consented is null), no child pseudonyms.
/// Denied (nothing released) unless the consent is in force now: withdrawn, expired, missing or unverifiable means deny.
/// </summary>
public sealed record ChildFacilitiesReleased
{
    public required Guid RequestId { get; init; }

    public required bool Allowed { get; init; }

    /// <summary>e.g. <c>no-consent</c>, <c>recipient-not-consented</c>, <c>consent-unavailable</c>, <c>no-link-decision</c>.</summary>
    public string? DenyReason { get; init; }

    public IReadOnlyList<ReleasedChild> Children { get; init; } = [];
}

/// <param name="FacilityId">Category <c>childcare.facility</c>.</param>
/// <param name="AgeClass">Category <c>childcare.age-class</c>: 0–5 at nurseries, school year at after-school clubs.</param>
public sealed record ReleasedChild(string? FacilityId, int? AgeClass);

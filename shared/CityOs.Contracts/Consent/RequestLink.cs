namespace CityOs.Contracts.Consent;

/// <summary>
/// A domain asks Consent to link one resident to another domain for a purpose. Carries only the
/// requester's own pseudonym; Consent answers with <see cref="LinkDecided"/>.
/// </summary>
public sealed record RequestLink
{
    public required Guid RequestId { get; init; }

    /// <summary>e.g. <c>disaster</c>, <c>mobility</c>, <c>childcare</c>, <c>partner:yuda-taxi</c>.</summary>
    public required string RequesterDomain { get; init; }

    public required string RequesterPseudonym { get; init; }

    public required string TargetDomain { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required string PurposeId { get; init; }
}

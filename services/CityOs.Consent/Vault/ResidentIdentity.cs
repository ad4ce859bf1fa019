namespace CityOs.Consent.Vault;

/// <summary>
/// The only place a resident's real identity lives. Never leaves the Consent service except as
/// categories released through an allowed link.
/// </summary>
public sealed record ResidentIdentity
{
    public required string ResidentId { get; init; }

    public required string Name { get; init; }

    public string? NameKana { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Address { get; init; }

    public string? Phone { get; init; }

    /// <summary>District code; decides whether a break-glass window covers this resident.</summary>
    public required string District { get; init; }

    public required DateTimeOffset EnrolledAt { get; init; }

    /// <summary><c>app</c> or <c>counter</c>.</summary>
    public required string EnrolledVia { get; init; }

    public string? StaffId { get; init; }
}

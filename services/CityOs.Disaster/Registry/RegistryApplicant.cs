namespace CityOs.Disaster.Registry;

/// <summary>A resident as staff enter them: identity goes to Consent's vault, the rest becomes a <see cref="RegistryEntry"/>. Never logged.</summary>
public sealed record RegistryApplicant
{
    public required string Name { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Address { get; init; }

    public string? Phone { get; init; }

    public required string District { get; init; }

    public required IReadOnlyList<string> Needs { get; init; }

    public required string CareLevel { get; init; }

    public string? StaffId { get; init; }
}

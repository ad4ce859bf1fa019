namespace CityOs.Disaster.Registry;

/// <summary>
/// What Disaster keeps about a registered resident: its own pseudonym and planning facts only. Name,
/// birth date, address and phone live in Consent's vault.
/// </summary>
public sealed record RegistryEntry
{
    public required string Pseudonym { get; init; }

    public required string District { get; init; }

    /// <summary>District centre plus a deterministic offset: good enough for distances, not an address.</summary>
    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required IReadOnlyList<string> Needs { get; init; }

    public required string CareLevel { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }
}

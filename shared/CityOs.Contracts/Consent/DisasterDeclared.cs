namespace CityOs.Contracts.Consent;

/// <summary>
/// Disaster declares an emergency for some districts: Consent opens a break-glass window in which
/// Disaster may read registry categories without consent (Disaster Countermeasures Basic Act art. 49-11(3)).
/// </summary>
public sealed record DisasterDeclared
{
    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset Until { get; init; }

    /// <summary>The alert that triggered it, e.g. "level-4 odono river gauge".</summary>
    public required string Reason { get; init; }
}

namespace CityOs.Consent.Decisions;

/// <summary>An emergency access window opened by a disaster declaration, limited in districts, categories and time.</summary>
public sealed record BreakGlassWindow
{
    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset Until { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public bool IsOpen(DateTimeOffset now) => From <= now && now < Until && (EndedAt is null || now < EndedAt);
}

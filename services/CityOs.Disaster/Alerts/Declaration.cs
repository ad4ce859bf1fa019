namespace CityOs.Disaster.Alerts;

/// <summary>A declared disaster: while open, Consent lets Disaster read registry categories for these districts without consent.</summary>
public sealed record Declaration
{
    public required Guid Id { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset Until { get; init; }

    public required string Reason { get; init; }

    /// <summary><c>alert</c> (level 4 or more) or <c>staff</c>.</summary>
    public required string DeclaredBy { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public bool IsOpen(DateTimeOffset now) => EndedAt is null && From <= now && now < Until;
}

namespace CityOs.Contracts.Office;

/// <summary>A declared disaster (which opens break-glass access) without the declaring staff member.</summary>
public sealed record DeclarationFigure
{
    public required Guid Id { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset Until { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}

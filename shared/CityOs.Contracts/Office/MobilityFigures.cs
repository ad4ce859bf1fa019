namespace CityOs.Contracts.Office;

/// <summary>Demand-taxi figures per district of the pickup: counts and ratios, no rider and no place.</summary>
public sealed record MobilityFigures
{
    public required DateTimeOffset AsOf { get; init; }

    public required IReadOnlyList<DistrictRideFigures> Districts { get; init; }
}

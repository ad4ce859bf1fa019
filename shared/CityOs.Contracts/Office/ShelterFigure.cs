namespace CityOs.Contracts.Office;

/// <summary>A shelter's live occupancy: counts only.</summary>
public sealed record ShelterFigure
{
    public required string Id { get; init; }

    public required string NameJa { get; init; }

    public required string NameEn { get; init; }

    public required string District { get; init; }

    public required int Capacity { get; init; }

    public required int Occupancy { get; init; }

    public required bool Open { get; init; }

    public required bool Welfare { get; init; }
}

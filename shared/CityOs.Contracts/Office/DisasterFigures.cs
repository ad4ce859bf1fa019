namespace CityOs.Contracts.Office;

/// <summary>What Disaster tells the city office: counts per district, shelters, rivers and declarations. Never a resident.</summary>
public sealed record DisasterFigures
{
    public required DateTimeOffset AsOf { get; init; }

    public required IReadOnlyList<DistrictDisasterFigures> Districts { get; init; }

    public required EvacuationProgress Evacuation { get; init; }

    public required IReadOnlyList<ShelterFigure> Shelters { get; init; }

    public required IReadOnlyList<RiverFigure> Rivers { get; init; }

    public required IReadOnlyList<DeclarationFigure> Declarations { get; init; }
}

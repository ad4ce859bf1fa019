namespace CityOs.Disaster.Shelters;

/// <summary>data/shelters.json.</summary>
public sealed record ShelterFile(IReadOnlyList<Shelter> Shelters);

namespace CityOs.Web.Districts;

/// <summary>The map never changes while the service runs: built once.</summary>
public sealed class DistrictMapCache(DistrictCatalog districts)
{
    public DistrictMap Map { get; } = SchematicMap.Build(districts.All);
}

namespace CityOs.Disaster.Districts;

/// <summary>The districts file read once into memory: planning needs centres and codes on every call.</summary>
public sealed class DistrictCatalogue
{
    private readonly Dictionary<string, District> _byCode;

    public DistrictCatalogue(IReadOnlyList<District> districts)
    {
        All = districts;
        _byCode = districts.ToDictionary(d => d.Code, StringComparer.Ordinal);
        Codes = _byCode.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<District> All { get; }

    public IReadOnlySet<string> Codes { get; }

    public District? Find(string code) => _byCode.GetValueOrDefault(code);
}

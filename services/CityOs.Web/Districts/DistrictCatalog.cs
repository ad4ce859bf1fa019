using System.Globalization;

namespace CityOs.Web.Districts;

/// <summary>The districts, read from the copy of data/districts.csv embedded in this assembly, so the Web service needs no data folder.</summary>
public sealed class DistrictCatalog
{
    public DistrictCatalog()
    {
        using var stream = typeof(DistrictCatalog).Assembly.GetManifestResourceStream("data/districts.csv")
            ?? throw new InvalidOperationException("data/districts.csv is not embedded in CityOs.Web.");
        using var reader = new StreamReader(stream);
        All = Parse(reader.ReadToEnd());
        Codes = All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<CityDistrict> All { get; }

    public IReadOnlySet<string> Codes { get; }

    public static IReadOnlyList<CityDistrict> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException($"districts.csv has no column {name}.");
        var (code, ja, en, lat, lon, terrain, population) = (Column("code"), Column("name_ja"), Column("name_en"), Column("lat"), Column("lon"), Column("terrain"), Column("population_2020"));
        return [.. lines.Skip(1).Select(l => l.Split(',')).Select(f => new CityDistrict(
            f[code], f[ja], f[en], double.Parse(f[lat], CultureInfo.InvariantCulture), double.Parse(f[lon], CultureInfo.InvariantCulture),
            f[terrain], int.Parse(f[population], CultureInfo.InvariantCulture)))];
    }
}

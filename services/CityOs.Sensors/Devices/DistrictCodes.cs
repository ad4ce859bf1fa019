namespace CityOs.Sensors.Devices;

/// <summary>The district codes of data/districts.csv; Sensors needs only the codes, to refuse devices placed in no district.</summary>
public sealed class DistrictCodes(IReadOnlySet<string> codes)
{
    public bool Contains(string? code) => code is not null && codes.Contains(code);

    public IReadOnlySet<string> All => codes;

    public static DistrictCodes Load(string path)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            codes.Add(line.Split(',')[0].Trim());
        }

        return new DistrictCodes(codes);
    }
}

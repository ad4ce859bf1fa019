using System.Globalization;

namespace CityOs.Disaster.Districts;

/// <summary>Reads data/districts.csv; a bad row stops start-up with its line number rather than seeding a partial city.</summary>
public static class DistrictCsv
{
    public static IReadOnlyList<District> Parse(TextReader reader, string source)
    {
        var districts = new List<District>();
        string[]? header = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new FormatException($"{source}:{lineNumber}: expected {header.Length} columns, found {cells.Length}.");
            }

            string Cell(string name) => Array.IndexOf(header, name) is var i and >= 0
                ? cells[i].Trim()
                : throw new FormatException($"{source}: column '{name}' is missing.");
            double Number(string name) => double.TryParse(Cell(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException($"{source}:{lineNumber}: '{name}' is not a number.");

            districts.Add(new District
            {
                Code = Cell("code"),
                NameJa = Cell("name_ja"),
                NameEn = Cell("name_en"),
                Lat = Number("lat"),
                Lon = Number("lon"),
                Terrain = Cell("terrain"),
                Population = (int)Number("population_2020"),
            });
        }

        return districts;
    }

    public static IReadOnlyList<District> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }
}

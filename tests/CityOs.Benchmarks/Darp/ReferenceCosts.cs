using System.Globalization;

namespace CityOs.Benchmarks.Darp;

/// <summary>Known optimal costs from a <c>reference-costs.csv</c> (<c>instance,optimal_cost</c>) beside an instance file.</summary>
internal static class ReferenceCosts
{
    public static double? For(string instanceFile)
    {
        var csv = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(instanceFile))!, "reference-costs.csv");
        if (!File.Exists(csv))
        {
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(instanceFile);
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length >= 2 && parts[0].Trim() == name
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var cost))
            {
                return cost;
            }
        }

        return null;
    }
}

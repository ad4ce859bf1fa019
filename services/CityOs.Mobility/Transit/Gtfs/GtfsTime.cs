using System.Globalization;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>
/// GTFS times count from the start of the service day and may pass 24:00:00 (a bus leaving at
/// 23:50 reaches the terminus at 24:34:00 on the same service day), so they are seconds, not TimeOnly.
/// </summary>
public static class GtfsTime
{
    public static bool TryParse(string text, out int seconds)
    {
        seconds = 0;
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0].Length is < 1 or > 3 || parts[1].Length != 2 || parts[2].Length != 2)
        {
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || m > 59 || s > 59)
        {
            return false;
        }

        seconds = h * 3600 + m * 60 + s;
        return true;
    }

    public static string Format(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
}

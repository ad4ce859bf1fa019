using System.Globalization;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>
/// One row of a GTFS file with typed accessors. Each accessor reports a bad value with file, line
/// and reason and returns null, so reading goes on and every error of the feed is found in one pass.
/// </summary>
public sealed class GtfsRecord(string fileName, IReadOnlyDictionary<string, int> columns, int line, string[] cells)
{
    public string FileName { get; } = fileName;

    public int Line { get; } = line;

    /// <summary>The trimmed cell, or "" when the column is absent or empty.</summary>
    public string this[string column] => columns.TryGetValue(column, out var i) ? cells[i] : "";

    public string? Optional(string column) => this[column] is { Length: > 0 } value ? value : null;

    public string Required(string column, GtfsIssues issues)
    {
        var value = this[column];
        if (value.Length == 0)
        {
            issues.Add(FileName, Line, $"{column} is required");
        }

        return value;
    }

    public int? Integer(string column, GtfsIssues issues, int min, int max, bool required = false)
    {
        var text = required ? Required(column, issues) : this[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        issues.Add(FileName, Line, $"{column} '{text}' is not a whole number from {min} to {max}");
        return null;
    }

    public double? Coordinate(string column, GtfsIssues issues, double limit, bool required)
    {
        var text = required ? Required(column, issues) : this[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit)
        {
            return value;
        }

        issues.Add(FileName, Line, $"{column} '{text}' is not a number from -{limit} to {limit}");
        return null;
    }

    public DateOnly? Date(string column, GtfsIssues issues, bool required)
    {
        var text = required ? Required(column, issues) : this[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(FileName, Line, $"{column} '{text}' is not a date YYYYMMDD");
        return null;
    }

    /// <summary>Seconds since the start of the service day; null when empty (allowed between timepoints).</summary>
    public int? Time(string column, GtfsIssues issues)
    {
        var text = this[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (GtfsTime.TryParse(text, out var seconds))
        {
            return seconds;
        }

        issues.Add(FileName, Line, $"{column} '{text}' is not HH:MM:SS");
        return null;
    }
}

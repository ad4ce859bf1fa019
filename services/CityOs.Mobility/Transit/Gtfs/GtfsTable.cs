namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>One GTFS file as header and records; columns are looked up by name because feeds order them freely.</summary>
public sealed class GtfsTable(string fileName, IReadOnlyList<string> header, IReadOnlyList<GtfsRecord> records)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<GtfsRecord> Records { get; } = records;

    public bool Has(string column) => Header.Contains(column);

    /// <summary>Reports each missing column on the header line; returns false if any is missing.</summary>
    public bool RequireColumns(GtfsIssues issues, params string[] columns)
    {
        var ok = true;
        foreach (var column in columns.Where(c => !Has(c)))
        {
            issues.Add(FileName, 1, $"required column '{column}' is missing");
            ok = false;
        }

        return ok;
    }
}

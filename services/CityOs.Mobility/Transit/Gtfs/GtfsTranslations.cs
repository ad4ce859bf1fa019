namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>
/// translations.txt in both shapes found in Japanese feeds: the GTFS one (table_name, field_name,
/// language, record_id or field_value) that GTFS-JP v2 adopted, and GTFS-JP v1's (trans_id = the
/// Japanese text, lang, translation), which translates a text wherever it appears.
/// </summary>
public sealed class GtfsTranslations
{
    private const string AnyTable = "*";
    private readonly Dictionary<(string Table, string Field, string Language, string RecordId), string> _byRecord = [];
    private readonly Dictionary<(string Table, string Field, string Language, string Value), string> _byValue = [];

    public static GtfsTranslations Empty { get; } = new();

    public string? Find(string table, string field, string language, string recordId, string? value)
    {
        language = language.ToLowerInvariant();
        if (_byRecord.TryGetValue((table, field, language, recordId), out var byRecord))
        {
            return byRecord;
        }

        if (value is null)
        {
            return null;
        }

        return _byValue.TryGetValue((table, field, language, value), out var byValue)
            || _byValue.TryGetValue((AnyTable, AnyTable, language, value), out byValue)
            ? byValue
            : null;
    }

    public static GtfsTranslations Read(GtfsTable table, GtfsIssues issues)
    {
        var translations = new GtfsTranslations();
        if (table.Has("trans_id") && table.Has("lang"))
        {
            foreach (var r in table.Records)
            {
                var text = r.Required("trans_id", issues);
                var language = r.Required("lang", issues).ToLowerInvariant();
                translations._byValue.TryAdd((AnyTable, AnyTable, language, text), r.Required("translation", issues));
            }

            return translations;
        }

        if (!table.RequireColumns(issues, "table_name", "field_name", "language", "translation"))
        {
            return translations;
        }

        foreach (var r in table.Records)
        {
            var key = (r.Required("table_name", issues), r.Required("field_name", issues), r.Required("language", issues).ToLowerInvariant());
            var translation = r.Required("translation", issues);
            if (r.Optional("record_id") is { } recordId)
            {
                translations._byRecord.TryAdd((key.Item1, key.Item2, key.Item3, recordId), translation);
            }
            else if (r.Optional("field_value") is { } value)
            {
                translations._byValue.TryAdd((key.Item1, key.Item2, key.Item3, value), translation);
            }
            else
            {
                issues.Add(r.FileName, r.Line, "record_id or field_value is required");
            }
        }

        return translations;
    }
}

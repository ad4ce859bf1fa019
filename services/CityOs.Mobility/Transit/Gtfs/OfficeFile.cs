using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>GTFS-JP office_jp.txt; null when the feed has none, so trips' office ids are then not checked.</summary>
internal static class OfficeFile
{
    public static IReadOnlyDictionary<string, TransitOffice>? Read(GtfsTable? table, GtfsIssues issues)
    {
        if (table is null || !table.RequireColumns(issues, "office_id", "office_name"))
        {
            return null;
        }

        var offices = new GtfsKeyed<TransitOffice>(table.FileName, "office_id");
        foreach (var r in table.Records)
        {
            var id = r.Required("office_id", issues);
            offices.Add(id, new TransitOffice(id, r.Required("office_name", issues), r.Optional("office_url"), r.Optional("office_phone")), r, issues);
        }

        return offices.Values.ToDictionary(o => o.OfficeId, StringComparer.Ordinal);
    }
}

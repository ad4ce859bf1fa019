using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

internal static class StopsFile
{
    public static GtfsKeyed<TransitStop> Read(GtfsTable table, GtfsTranslations translations, GtfsIssues issues)
    {
        var stops = new GtfsKeyed<TransitStop>(table.FileName, "stop_id");
        if (!table.RequireColumns(issues, "stop_id"))
        {
            return stops;
        }

        foreach (var r in table.Records)
        {
            var id = r.Required("stop_id", issues);
            var locationType = r.Integer("location_type", issues, 0, 4) ?? 0;
            // Name and position are required for stops, stations and entrances; generic nodes and boarding areas may omit them.
            var located = locationType <= 2;
            var name = located ? r.Required("stop_name", issues) : r["stop_name"];
            var lat = r.Coordinate("stop_lat", issues, 90, located);
            var lon = r.Coordinate("stop_lon", issues, 180, located);
            stops.Add(id, new TransitStop
            {
                StopId = id,
                Name = name,
                NameEn = translations.Find("stops", "stop_name", "en", id, name),
                NameKana = translations.Find("stops", "stop_name", "ja-Hrkt", id, name),
                StopCode = r.Optional("stop_code"),
                Lat = lat ?? 0,
                Lon = lon ?? 0,
                LocationType = locationType,
                ParentStation = r.Optional("parent_station"),
                PlatformCode = r.Optional("platform_code"),
                WheelchairBoarding = r.Integer("wheelchair_boarding", issues, 0, 2) ?? 0,
            }, r, issues);
        }

        foreach (var stop in stops.Values.Where(s => s.ParentStation is not null))
        {
            if (!stops.TryGet(stop.ParentStation!, out var parent))
            {
                issues.Add(table.FileName, stops.LineOf(stop.StopId), $"parent_station '{stop.ParentStation}' does not exist in stops.txt");
            }
            else if (stop.LocationType == 0 && parent.LocationType != 1)
            {
                issues.Add(table.FileName, stops.LineOf(stop.StopId), $"parent_station '{stop.ParentStation}' is not a station (location_type 1)");
            }
        }

        return stops;
    }
}

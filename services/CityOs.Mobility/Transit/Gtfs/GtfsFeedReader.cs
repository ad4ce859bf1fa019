using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>Reads and checks a whole feed: GTFS's files, GTFS-JP's extra files, and nothing partial.</summary>
public static class GtfsFeedReader
{
    private static readonly string[] Required = ["agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt"];

    private static readonly string[] Optional =
        ["calendar.txt", "calendar_dates.txt", "translations.txt", "feed_info.txt", "agency_jp.txt", "office_jp.txt", "routes_jp.txt"];

    public static GtfsReadResult Read(GtfsSource source)
    {
        var issues = new GtfsIssues();
        var tables = new Dictionary<string, GtfsTable>(StringComparer.Ordinal);
        foreach (var name in Required.Concat(Optional))
        {
            if (source.Files.TryGetValue(name, out var text))
            {
                if (GtfsCsv.Parse(name, text, issues) is { } table)
                {
                    tables[name] = table;
                }
            }
            else if (Required.Contains(name))
            {
                issues.Add(name, null, "required file is missing");
            }
        }

        var imported = source.Files.Keys.Where(n => Required.Contains(n) || Optional.Contains(n)).Order(StringComparer.Ordinal).ToList();
        // Fares, shapes, frequencies and files of later GTFS versions are accepted but not used yet.
        var ignored = source.Files.Keys.Except(imported).Order(StringComparer.Ordinal).ToList();
        if (Required.Any(r => !tables.ContainsKey(r)))
        {
            return new GtfsReadResult(null, issues, imported, ignored, 0);
        }

        var translations = tables.TryGetValue("translations.txt", out var t) ? GtfsTranslations.Read(t, issues) : GtfsTranslations.Empty;
        var agencies = AgencyFile.Read(tables["agency.txt"], tables.GetValueOrDefault("agency_jp.txt"), translations, issues);
        var stops = StopsFile.Read(tables["stops.txt"], translations, issues);
        var routes = RoutesFile.Read(tables["routes.txt"], tables.GetValueOrDefault("routes_jp.txt"), agencies, translations, issues);
        var services = CalendarFiles.Read(tables.GetValueOrDefault("calendar.txt"), tables.GetValueOrDefault("calendar_dates.txt"), issues);
        var offices = OfficeFile.Read(tables.GetValueOrDefault("office_jp.txt"), issues);
        var trips = TripsFile.Read(tables["trips.txt"], routes, services, offices, translations, issues);
        var stopTimeCount = StopTimesFile.Read(tables["stop_times.txt"], trips, stops, issues);
        if (issues.Any)
        {
            return new GtfsReadResult(null, issues, imported, ignored, 0);
        }

        var feed = new GtfsFeed
        {
            Agencies = [.. agencies.Values],
            Stops = [.. stops.Values],
            Routes = [.. routes.Values],
            Trips = [.. trips.Values],
            Services = [.. services.Values],
            Offices = [.. offices?.Values ?? []],
            PublisherVersion = tables.GetValueOrDefault("feed_info.txt")?.Records.FirstOrDefault()?.Optional("feed_version"),
        };
        return new GtfsReadResult(feed, issues, imported, ignored, stopTimeCount);
    }
}

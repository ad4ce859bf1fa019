using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

internal static class RoutesFile
{
    public static GtfsKeyed<TransitRoute> Read(GtfsTable table, GtfsTable? routesJp, GtfsKeyed<TransitAgency> agencies, GtfsTranslations translations, GtfsIssues issues)
    {
        var routes = new GtfsKeyed<TransitRoute>(table.FileName, "route_id");
        if (!table.RequireColumns(issues, "route_id", "route_type"))
        {
            return routes;
        }

        foreach (var r in table.Records)
        {
            var id = r.Required("route_id", issues);
            var agencyId = r["agency_id"];
            if (!agencies.Contains(agencyId) && !(agencyId.Length == 0 && agencies.Count == 1))
            {
                issues.Add(table.FileName, r.Line, agencyId.Length == 0
                    ? "agency_id is required when the feed has more than one agency"
                    : $"agency_id '{agencyId}' does not exist in agency.txt");
            }

            var shortName = r.Optional("route_short_name");
            var longName = r.Optional("route_long_name");
            if (shortName is null && longName is null)
            {
                issues.Add(table.FileName, r.Line, "route_short_name or route_long_name is required");
            }

            routes.Add(id, new TransitRoute
            {
                RouteId = id,
                AgencyId = agencyId.Length > 0 ? agencyId : agencies.Values.FirstOrDefault()?.AgencyId,
                ShortName = shortName,
                LongName = longName,
                LongNameEn = longName is null ? null : translations.Find("routes", "route_long_name", "en", id, longName),
                // Basic types 0-12 and the extended (Hierarchical Vehicle Type) codes 100-1702.
                RouteType = r.Integer("route_type", issues, 0, 1702, required: true) ?? 3,
                Color = r.Optional("route_color"),
                TextColor = r.Optional("route_text_color"),
            }, r, issues);
        }

        foreach (var r in routesJp?.Records ?? [])
        {
            var id = r["route_id"];
            if (routes.TryGet(id, out var route))
            {
                routes.Replace(id, route with { Origin = r.Optional("origin_stop"), Via = r.Optional("via_stop"), Destination = r.Optional("destination_stop") });
            }
            else
            {
                issues.Add(r.FileName, r.Line, $"route_id '{id}' does not exist in routes.txt");
            }
        }

        return routes;
    }
}

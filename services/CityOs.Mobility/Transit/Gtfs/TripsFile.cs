using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

internal static class TripsFile
{
    public static GtfsKeyed<TransitTrip> Read(
        GtfsTable table, GtfsKeyed<TransitRoute> routes, GtfsKeyed<ServiceCalendar> services, IReadOnlyDictionary<string, TransitOffice>? offices,
        GtfsTranslations translations, GtfsIssues issues)
    {
        var trips = new GtfsKeyed<TransitTrip>(table.FileName, "trip_id");
        if (!table.RequireColumns(issues, "route_id", "service_id", "trip_id"))
        {
            return trips;
        }

        foreach (var r in table.Records)
        {
            var id = r.Required("trip_id", issues);
            var routeId = r.Required("route_id", issues);
            var serviceId = r.Required("service_id", issues);
            if (routeId.Length > 0 && !routes.Contains(routeId))
            {
                issues.Add(table.FileName, r.Line, $"route_id '{routeId}' does not exist in routes.txt");
            }

            if (serviceId.Length > 0 && !services.Contains(serviceId))
            {
                issues.Add(table.FileName, r.Line, $"service_id '{serviceId}' does not exist in calendar.txt or calendar_dates.txt");
            }

            // GTFS-JP v2 names the depot jp_office_id; some v1 feeds wrote office_id.
            var officeId = r.Optional("jp_office_id") ?? r.Optional("office_id");
            if (officeId is not null && offices is not null && !offices.ContainsKey(officeId))
            {
                issues.Add(table.FileName, r.Line, $"jp_office_id '{officeId}' does not exist in office_jp.txt");
            }

            var headsign = r.Optional("trip_headsign");
            trips.Add(id, new TransitTrip
            {
                TripId = id,
                RouteId = routeId,
                ServiceId = serviceId,
                Headsign = headsign,
                HeadsignEn = headsign is null ? null : translations.Find("trips", "trip_headsign", "en", id, headsign),
                DirectionId = r.Integer("direction_id", issues, 0, 1),
                OfficeId = officeId,
                StopTimes = [],
            }, r, issues);
        }

        return trips;
    }
}

using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>calendar.txt and calendar_dates.txt together: a service may live in either or both.</summary>
internal static class CalendarFiles
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static GtfsKeyed<ServiceCalendar> Read(GtfsTable? calendar, GtfsTable? calendarDates, GtfsIssues issues)
    {
        var services = new GtfsKeyed<ServiceCalendar>("calendar.txt", "service_id");
        if (calendar is null && calendarDates is null)
        {
            issues.Add("calendar.txt", null, "required file is missing (calendar.txt or calendar_dates.txt must be present)");
            return services;
        }

        if (calendar is not null && calendar.RequireColumns(issues, ["service_id", .. Days, "start_date", "end_date"]))
        {
            foreach (var r in calendar.Records)
            {
                var id = r.Required("service_id", issues);
                var start = r.Date("start_date", issues, required: true);
                var end = r.Date("end_date", issues, required: true);
                if (start > end)
                {
                    issues.Add(r.FileName, r.Line, "end_date is before start_date");
                }

                services.Add(id, new ServiceCalendar
                {
                    ServiceId = id,
                    Weekdays = [.. Days.Select(d => r.Integer(d, issues, 0, 1, required: true) == 1)],
                    StartDate = start,
                    EndDate = end,
                }, r, issues);
            }
        }

        if (calendarDates is not null && calendarDates.RequireColumns(issues, "service_id", "date", "exception_type"))
        {
            foreach (var r in calendarDates.Records)
            {
                var id = r.Required("service_id", issues);
                var date = r.Date("date", issues, required: true);
                var type = r.Integer("exception_type", issues, 1, 2, required: true);
                if (date is null || type is null || id.Length == 0)
                {
                    continue;
                }

                if (!services.TryGet(id, out var service))
                {
                    service = new ServiceCalendar { ServiceId = id, Weekdays = new bool[7] };
                    services.Add(id, service, r, issues);
                }

                (type == 1 ? service.Added : service.Removed).Add(date.Value);
            }
        }

        return services;
    }
}

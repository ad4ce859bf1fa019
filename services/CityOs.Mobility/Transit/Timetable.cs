using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit;

/// <summary>One feed version indexed in memory for the questions riders ask: what calls here, and when.</summary>
public sealed class Timetable
{
    public Timetable(string version, GtfsFeed feed)
    {
        Version = version;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(feed.Timezone);
        Stops = feed.Stops.ToDictionary(s => s.StopId, StringComparer.Ordinal);
        Routes = feed.Routes.ToDictionary(r => r.RouteId, StringComparer.Ordinal);
        Trips = feed.Trips.ToDictionary(t => t.TripId, StringComparer.Ordinal);
        Services = feed.Services.ToDictionary(s => s.ServiceId, StringComparer.Ordinal);
        Visits = feed.Trips.SelectMany(t => t.StopTimes.Select((_, i) => new StopVisit(t, i)))
            .GroupBy(v => v.StopTime.StopId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StopVisit>)[.. g], StringComparer.Ordinal);
        Children = feed.Stops.Where(s => s.ParentStation is not null)
            .GroupBy(s => s.ParentStation!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.StopId)], StringComparer.Ordinal);
    }

    public string Version { get; }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyDictionary<string, TransitStop> Stops { get; }

    public IReadOnlyDictionary<string, TransitRoute> Routes { get; }

    public IReadOnlyDictionary<string, TransitTrip> Trips { get; }

    public IReadOnlyDictionary<string, ServiceCalendar> Services { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<StopVisit>> Visits { get; }

    /// <summary>Station → its poles (のりば).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Children { get; }

    public bool Runs(TransitTrip trip, DateOnly serviceDate) => Services.TryGetValue(trip.ServiceId, out var s) && s.RunsOn(serviceDate);

    /// <summary>GTFS counts a service day from noon minus 12 hours, which differs from midnight only on daylight-saving days.</summary>
    public DateTimeOffset ServiceDayStart(DateOnly date)
    {
        var noon = date.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, TimeZone.GetUtcOffset(noon)).AddHours(-12);
    }

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);
}

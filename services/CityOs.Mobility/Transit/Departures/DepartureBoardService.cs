using CityOs.Mobility.Transit.Realtime;

namespace CityOs.Mobility.Transit.Departures;

public sealed class DepartureBoardService(TimetableCache timetables, VehicleStateStore vehicles, TimeProvider time)
{
    /// <summary>Departures further ahead than this are not "next" for anyone waiting at a stop.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

    /// <summary>Null when there is no feed or no such stop.</summary>
    /// <param name="when">Now when null; a time without offset is read in the feed's time zone, as a rider means it.</param>
    public async Task<DepartureBoard?> GetAsync(string stopId, DateTime? when, int limit, CancellationToken cancellationToken)
    {
        if (await timetables.GetAsync(cancellationToken) is not { } timetable || !timetable.Stops.TryGetValue(stopId, out var stop))
        {
            return null;
        }

        var at = when switch
        {
            null => time.GetUtcNow(),
            { Kind: DateTimeKind.Unspecified } local => new DateTimeOffset(local, timetable.TimeZone.GetUtcOffset(local)),
            { } other => new DateTimeOffset(other.ToUniversalTime(), TimeSpan.Zero),
        };

        var realtime = (await vehicles.ListFreshAsync(time.GetUtcNow() - GtfsRealtimeFeeds.FreshFor, cancellationToken))
            .Where(v => v is { TripId: not null, ServiceDate: not null, StopIndex: not null, DelaySeconds: not null })
            .GroupBy(v => (v.TripId!, v.ServiceDate!.Value))
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.ObservedAt)!);
        var poles = timetable.Children.GetValueOrDefault(stopId) ?? [stopId];
        var today = timetable.LocalDate(at);
        var departures = new List<Departure>();
        // Yesterday's service day still runs after midnight (times past 24:00:00); tomorrow's matters late in the evening.
        foreach (var date in new[] { today.AddDays(-1), today, today.AddDays(1) })
        {
            var dayStart = timetable.ServiceDayStart(date);
            foreach (var visit in poles.SelectMany(p => timetable.Visits.GetValueOrDefault(p) ?? []))
            {
                // The terminus and drop-off-only calls are no departure for someone waiting.
                if (visit.IsLast || visit.StopTime.PickupType == 1 || !timetable.Runs(visit.Trip, date))
                {
                    continue;
                }

                var scheduled = dayStart.AddSeconds(visit.StopTime.Departure);
                var vehicle = realtime.GetValueOrDefault((visit.Trip.TripId, date));
                if (vehicle?.StopIndex > visit.Index)
                {
                    continue; // That bus has already left this stop.
                }

                var estimated = vehicle is null ? (DateTimeOffset?)null : scheduled.AddSeconds(vehicle.DelaySeconds!.Value);
                if ((estimated ?? scheduled) < at || scheduled > at + Horizon)
                {
                    continue;
                }

                var route = timetable.Routes[visit.Trip.RouteId];
                departures.Add(new Departure
                {
                    TripId = visit.Trip.TripId,
                    RouteId = route.RouteId,
                    RouteShortName = route.ShortName,
                    RouteName = route.DisplayName,
                    RouteNameEn = route.DisplayNameEn,
                    Headsign = visit.Trip.Headsign,
                    HeadsignEn = visit.Trip.HeadsignEn,
                    StopId = visit.StopTime.StopId,
                    PlatformCode = timetable.Stops[visit.StopTime.StopId].PlatformCode,
                    ScheduledDeparture = timetable.Local(scheduled),
                    EstimatedDeparture = estimated is { } e ? timetable.Local(e) : null,
                    DelaySeconds = vehicle?.DelaySeconds,
                    VehicleId = vehicle?.VehicleId,
                });
            }
        }

        return new DepartureBoard
        {
            StopId = stop.StopId,
            StopName = stop.Name,
            StopNameEn = stop.NameEn,
            At = timetable.Local(at),
            Departures = [.. departures.OrderBy(d => d.EstimatedDeparture ?? d.ScheduledDeparture).ThenBy(d => d.TripId, StringComparer.Ordinal).Take(limit)],
        };
    }
}

using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

internal static class StopTimesFile
{
    private sealed record Call(int Line, int Sequence, string StopId, int? Arrival, int? Departure, int PickupType, int DropOffType);

    /// <summary>Attaches each trip's stop times in stop_sequence order, checking references, order and times.</summary>
    public static int Read(GtfsTable table, GtfsKeyed<TransitTrip> trips, GtfsKeyed<TransitStop> stops, GtfsIssues issues)
    {
        if (!table.RequireColumns(issues, "trip_id", "stop_id", "stop_sequence", "arrival_time", "departure_time"))
        {
            return 0;
        }

        var byTrip = new Dictionary<string, List<Call>>(StringComparer.Ordinal);
        foreach (var r in table.Records)
        {
            var tripId = r.Required("trip_id", issues);
            var stopId = r.Required("stop_id", issues);
            var sequence = r.Integer("stop_sequence", issues, 0, int.MaxValue, required: true);
            var call = new Call(r.Line, sequence ?? 0, stopId, r.Time("arrival_time", issues), r.Time("departure_time", issues),
                r.Integer("pickup_type", issues, 0, 3) ?? 0, r.Integer("drop_off_type", issues, 0, 3) ?? 0);
            if (tripId.Length > 0 && !trips.Contains(tripId))
            {
                issues.Add(table.FileName, r.Line, $"trip_id '{tripId}' does not exist in trips.txt");
            }

            if (stopId.Length > 0 && !stops.Contains(stopId))
            {
                issues.Add(table.FileName, r.Line, $"stop_id '{stopId}' does not exist in stops.txt");
            }
            else if (stopId.Length > 0 && stops[stopId].LocationType != 0)
            {
                issues.Add(table.FileName, r.Line, $"stop_id '{stopId}' is a station or entrance; a trip calls at a stop or pole (location_type 0)");
            }

            if (sequence is not null && trips.Contains(tripId))
            {
                (byTrip.TryGetValue(tripId, out var calls) ? calls : byTrip[tripId] = []).Add(call);
            }
        }

        var count = 0;
        foreach (var trip in trips.Values.ToList())
        {
            var calls = byTrip.GetValueOrDefault(trip.TripId) ?? [];
            if (calls.Count < 2)
            {
                issues.Add("trips.txt", trips.LineOf(trip.TripId), $"trip '{trip.TripId}' has {calls.Count} stop_times; a trip needs at least two");
                continue;
            }

            calls.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            var stopTimes = Timed(table.FileName, trip.TripId, calls, issues);
            trips.Replace(trip.TripId, trip with { StopTimes = stopTimes });
            count += stopTimes.Count;
        }

        return count;
    }

    private static List<TransitStopTime> Timed(string file, string tripId, List<Call> calls, GtfsIssues issues)
    {
        var arrivals = calls.Select(c => c.Arrival ?? c.Departure).ToArray();
        var departures = calls.Select(c => c.Departure ?? c.Arrival).ToArray();
        foreach (var i in new[] { 0, calls.Count - 1 }.Where(i => arrivals[i] is null))
        {
            issues.Add(file, calls[i].Line, $"arrival_time and departure_time are required at the first and last stop of trip '{tripId}'");
            return [];
        }

        int? previous = null;
        for (var i = 0; i < calls.Count; i++)
        {
            if (i > 0 && calls[i].Sequence == calls[i - 1].Sequence)
            {
                issues.Add(file, calls[i].Line, $"stop_sequence {calls[i].Sequence} appears twice in trip '{tripId}' (also on line {calls[i - 1].Line})");
            }

            if (arrivals[i] is not { } arrival || departures[i] is not { } departure)
            {
                continue;
            }

            if (departure < arrival)
            {
                issues.Add(file, calls[i].Line, $"departure_time {GtfsTime.Format(departure)} is before arrival_time {GtfsTime.Format(arrival)}");
            }

            if (previous > arrival)
            {
                issues.Add(file, calls[i].Line, $"arrival_time {GtfsTime.Format(arrival)} is before the previous stop's departure {GtfsTime.Format(previous.Value)} in trip '{tripId}'");
            }

            previous = departure;
        }

        return [.. calls.Select((c, i) => new TransitStopTime
        {
            Sequence = c.Sequence,
            StopId = c.StopId,
            Arrival = arrivals[i] ?? Interpolate(arrivals, departures, i),
            Departure = departures[i] ?? Interpolate(arrivals, departures, i),
            PickupType = c.PickupType,
            DropOffType = c.DropOffType,
            Interpolated = arrivals[i] is null,
        })];
    }

    /// <summary>A stop between timepoints gets a time in proportion to its position among the untimed stops (no shapes to measure distance on).</summary>
    private static int Interpolate(int?[] arrivals, int?[] departures, int i)
    {
        var before = i;
        while (departures[before] is null)
        {
            before--;
        }

        var after = i;
        while (arrivals[after] is null)
        {
            after++;
        }

        var (from, to) = (departures[before]!.Value, arrivals[after]!.Value);
        return from + (to - from) * (i - before) / (after - before);
    }
}

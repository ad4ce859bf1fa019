using CityOs.Contracts.Sensors;
using CityOs.Mobility.Transit.Model;
using CityOs.Storage;

namespace CityOs.Mobility.Transit.Realtime;

/// <summary>Turns a position fix into a vehicle state: which trip, how far along, how late.</summary>
public sealed class VehiclePositionRecorder(VehicleStateStore vehicles, TimetableCache timetables, ILogger<VehiclePositionRecorder> logger)
{
    private const int RecentLimit = 32;

    /// <summary>Records a fix once; returns false for a reading seen before. Retries when another instance wrote the vehicle first.</summary>
    public async Task<bool> RecordAsync(VehiclePositionObserved reading, CancellationToken cancellationToken)
    {
        var timetable = await timetables.GetAsync(cancellationToken);
        var assignment = reading.TripId is null ? await vehicles.GetAssignmentAsync(reading.VehicleId, cancellationToken) : null;
        while (true)
        {
            var current = await vehicles.GetAsync(reading.VehicleId, cancellationToken);
            if (current?.Value.RecentReadingIds.Contains(reading.ReadingId) == true)
            {
                return false;
            }

            var recent = (current?.Value.RecentReadingIds ?? []).Append(reading.ReadingId).TakeLast(RecentLimit).ToList();
            // A fix older than the one stored arrived late (a retry, a reconnecting unit): remember it, but keep the newer state.
            var state = current is not null && current.Value.ObservedAt > reading.ObservedAt
                ? current.Value with { RecentReadingIds = recent }
                : Locate(reading, current?.Value, assignment, timetable) with { RecentReadingIds = recent };
            try
            {
                if (current is null)
                {
                    await vehicles.CreateAsync(state, cancellationToken);
                }
                else
                {
                    await vehicles.ReplaceAsync(state, current.ETag, cancellationToken);
                }

                return true;
            }
            catch (DocumentConflictException)
            {
            }
        }
    }

    private VehicleState Locate(VehiclePositionObserved reading, VehicleState? previous, VehicleAssignment? assignment, Timetable? timetable)
    {
        var state = new VehicleState
        {
            VehicleId = reading.VehicleId,
            Lat = reading.Latitude,
            Lon = reading.Longitude,
            SpeedKmh = reading.SpeedKmh,
            HeadingDegrees = reading.HeadingDegrees,
            ObservedAt = reading.ObservedAt,
        };
        var tripId = reading.TripId ?? assignment?.TripId;
        if (timetable is null || tripId is null)
        {
            return state;
        }

        if (!timetable.Trips.TryGetValue(tripId, out var trip))
        {
            logger.LogWarning("Vehicle {VehicleId} reports trip {TripId}, which the current feed does not have", reading.VehicleId, tripId);
            return state;
        }

        var sameTrip = previous?.TripId == trip.TripId;
        var progress = TripProgressEstimator.Estimate(trip, timetable.Stops, reading.Latitude, reading.Longitude, sameTrip ? previous!.StopIndex ?? 0 : 0);
        var (serviceDate, delay) = ServiceDay(timetable, trip, progress, reading.ObservedAt, assignment?.TripId == trip.TripId ? assignment.ServiceDate : null);
        var stopTime = trip.StopTimes[progress.StopIndex];
        return state with
        {
            TripId = trip.TripId,
            RouteId = trip.RouteId,
            ServiceDate = serviceDate,
            StopIndex = progress.StopIndex,
            CurrentStopSequence = stopTime.Sequence,
            CurrentStopId = stopTime.StopId,
            Status = progress.Status,
            DelaySeconds = delay,
        };
    }

    /// <summary>
    /// A trip past midnight (times over 24:00:00) belongs to yesterday's service day, so both days are
    /// candidates; the day on which the trip runs and which gives the smaller delay wins.
    /// </summary>
    private static (DateOnly Date, int Delay) ServiceDay(Timetable timetable, TransitTrip trip, TripProgress progress, DateTimeOffset observedAt, DateOnly? given)
    {
        var today = timetable.LocalDate(observedAt);
        DateOnly[] candidates = given is { } date ? [date] : [today, today.AddDays(-1)];
        return candidates
            .Select(d => (Date: d, Delay: progress.DelayAt((observedAt - timetable.ServiceDayStart(d)).TotalSeconds)))
            .OrderBy(c => timetable.Runs(trip, c.Date) ? 0 : 1)
            .ThenBy(c => Math.Abs(c.Delay))
            .First();
    }
}

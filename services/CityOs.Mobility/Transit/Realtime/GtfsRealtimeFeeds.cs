using System.Globalization;
using CityOs.Mobility.Transit.Gtfs;
using CityOs.Mobility.Transit.Model;
using CityOs.Mobility.Transit.Realtime.Protobuf;

namespace CityOs.Mobility.Transit.Realtime;

/// <summary>Builds the GTFS-Realtime feeds (full datasets) from the vehicles heard from lately.</summary>
public sealed class GtfsRealtimeFeeds(VehicleStateStore vehicles, TimetableCache timetables, TimeProvider time)
{
    /// <summary>A vehicle silent for longer is left out: showing a bus where it was a quarter hour ago misleads more than showing none.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(10);

    public async Task<FeedMessage> VehiclePositionsAsync(CancellationToken cancellationToken)
    {
        var (now, fresh, timetable) = await LoadAsync(cancellationToken);
        var feed = Empty(now);
        foreach (var v in fresh)
        {
            var position = new VehiclePosition
            {
                Vehicle = new VehicleDescriptor { Id = v.VehicleId },
                Position = new Position { Latitude = (float)v.Lat, Longitude = (float)v.Lon, Bearing = (float)v.HeadingDegrees, Speed = (float)(v.SpeedKmh / 3.6) },
                Timestamp = (ulong)v.ObservedAt.ToUnixTimeSeconds(),
            };
            if (Trip(v, timetable) is { } trip)
            {
                position.Trip = Descriptor(v, trip);
                position.CurrentStopSequence = (uint)v.CurrentStopSequence!.Value;
                position.StopId = v.CurrentStopId;
                position.CurrentStatus = (VehiclePosition.Types.VehicleStopStatus)v.Status!.Value;
            }

            feed.Entity.Add(new FeedEntity { Id = $"vehicle-{v.VehicleId}", Vehicle = position });
        }

        return feed;
    }

    /// <summary>One update per vehicle on a known trip; the current delay is carried to every stop still ahead.</summary>
    public async Task<FeedMessage> TripUpdatesAsync(CancellationToken cancellationToken)
    {
        var (now, fresh, timetable) = await LoadAsync(cancellationToken);
        var feed = Empty(now);
        foreach (var v in fresh)
        {
            if (Trip(v, timetable) is not { } trip)
            {
                continue;
            }

            var update = new TripUpdate
            {
                Trip = Descriptor(v, trip),
                Vehicle = new VehicleDescriptor { Id = v.VehicleId },
                Timestamp = (ulong)v.ObservedAt.ToUnixTimeSeconds(),
                Delay = v.DelaySeconds!.Value,
            };
            var dayStart = timetable!.ServiceDayStart(v.ServiceDate!.Value);
            foreach (var st in trip.StopTimes.Skip(v.StopIndex!.Value))
            {
                update.StopTimeUpdate.Add(new TripUpdate.Types.StopTimeUpdate
                {
                    StopSequence = (uint)st.Sequence,
                    StopId = st.StopId,
                    Arrival = Event(dayStart, st.Arrival, v.DelaySeconds.Value),
                    Departure = Event(dayStart, st.Departure, v.DelaySeconds.Value),
                });
            }

            feed.Entity.Add(new FeedEntity { Id = $"trip-{trip.TripId}-{v.ServiceDate:yyyyMMdd}", TripUpdate = update });
        }

        return feed;
    }

    private async Task<(DateTimeOffset Now, IReadOnlyList<VehicleState> Fresh, Timetable? Timetable)> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (now, await vehicles.ListFreshAsync(now - FreshFor, cancellationToken), await timetables.GetAsync(cancellationToken));
    }

    private static FeedMessage Empty(DateTimeOffset now) => new()
    {
        Header = new FeedHeader
        {
            GtfsRealtimeVersion = "2.0",
            Incrementality = FeedHeader.Types.Incrementality.FullDataset,
            Timestamp = (ulong)now.ToUnixTimeSeconds(),
        },
    };

    /// <summary>The trip only if it is in the feed in use now: a state computed against a replaced feed would point at stops that may no longer exist.</summary>
    private static TransitTrip? Trip(VehicleState v, Timetable? timetable) =>
        v is { TripId: { } id, StopIndex: { } index, ServiceDate: not null, DelaySeconds: not null, Status: not null }
        && timetable?.Trips.GetValueOrDefault(id) is { } trip && index < trip.StopTimes.Count && trip.StopTimes[index].StopId == v.CurrentStopId
            ? trip
            : null;

    private static TripDescriptor Descriptor(VehicleState v, TransitTrip trip)
    {
        var descriptor = new TripDescriptor
        {
            TripId = trip.TripId,
            RouteId = trip.RouteId,
            StartTime = GtfsTime.Format(trip.StopTimes[0].Departure),
            StartDate = v.ServiceDate!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            ScheduleRelationship = TripDescriptor.Types.ScheduleRelationship.Scheduled,
        };
        if (trip.DirectionId is { } direction)
        {
            descriptor.DirectionId = (uint)direction;
        }

        return descriptor;
    }

    private static TripUpdate.Types.StopTimeEvent Event(DateTimeOffset dayStart, int scheduledSeconds, int delay) => new()
    {
        Delay = delay,
        Time = dayStart.AddSeconds(scheduledSeconds + delay).ToUnixTimeSeconds(),
    };
}

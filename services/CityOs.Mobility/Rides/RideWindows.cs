using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Mobility.Rides;

/// <summary>Turns what a rider asked for into the dispatcher's windows, and a planned pickup into the window we promise.</summary>
public sealed class RideWindows(RideOptions options)
{
    /// <summary>
    /// The operating day a ride is planned in: that of its pickup. An arrive-by ride is placed by its earliest
    /// possible pickup, not its deadline: an evacuation at 22:30 must arrive by 00:30, yet it is driven tonight.
    /// </summary>
    public DateOnly DayOf(Ride ride) => RideClock.DayOf(ride.EarliestPickup
        ?? ride.LatestArrival!.Value - TimeSpan.FromMinutes(PlanProblem.MaxRide(Direct(ride))));

    public (TimeWindow Pickup, TimeWindow? Dropoff) Requested(Ride ride, DateTimeOffset now)
    {
        var day = DayOf(ride);
        var nowMinutes = RideClock.Minutes(day, now);
        TimeWindow? dropoff = ride.LatestArrival is { } l ? new TimeWindow(0, RideClock.Minutes(day, l)) : null;
        if (ride.EarliestPickup is { } e)
        {
            var start = RideClock.Minutes(day, e);
            return (new TimeWindow(start, start + options.PickupWindowMinutes), dropoff);
        }

        var direct = Direct(ride);
        var latest = dropoff!.Value.Latest;
        return (new TimeWindow(Math.Min(Math.Max(nowMinutes, latest - PlanProblem.MaxRide(direct)), latest - direct), latest - direct), dropoff);
    }

    /// <summary>
    /// A pickup-time booking is promised its whole requested window, which every later re-plan keeps. An arrival-time
    /// booking is promised a window around the planned pickup, inside what still arrives in time.
    /// </summary>
    public PickupWindow Promise(Ride ride, TimeWindow requested, DateTimeOffset plannedPickup)
    {
        var day = DayOf(ride);
        if (ride.EarliestPickup is not null)
        {
            return new PickupWindow(RideClock.At(day, requested.Earliest), RideClock.At(day, requested.Latest));
        }

        var at = RideClock.Minutes(day, plannedPickup);
        var third = options.PickupWindowMinutes / 3.0;
        return new PickupWindow(
            RideClock.At(day, Math.Floor(Math.Max(requested.Earliest, at - third))),
            RideClock.At(day, Math.Ceiling(Math.Min(requested.Latest, at + (2 * third)))));
    }

    public double Direct(Ride ride) => new HaversineTravelTime(options.SpeedKmPerHour)
        .TravelTime(new Location(ride.Pickup.Lon, ride.Pickup.Lat), new Location(ride.Dropoff.Lon, ride.Dropoff.Lat));
}

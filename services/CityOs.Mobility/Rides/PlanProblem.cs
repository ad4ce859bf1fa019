using CityOs.Mobility.Dispatching;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Mobility.Rides;

/// <summary>
/// The part of a day's plan that is still to drive, for some of the vehicles, as the library's problem and plan.
/// Stops planned before now are served and left out; a rider already aboard becomes a pickup pinned to the
/// vehicle's current place and time, locked at the head of its route, so the vehicle's live position starts the route.
/// </summary>
public sealed class PlanProblem
{
    private const double CommitMinutes = 5;

    /// <summary>
    /// A driver on shift finishes an evacuation ride even past the shift's end: without this, an alert late in the
    /// evening (or late in a shift) would leave wheelchair users "no-vehicle" while vehicles stand at the depot.
    /// Departures still end with the shift; only the way back may run over.
    /// </summary>
    public const double EvacuationOvertimeMinutes = 180;
    private readonly Dictionary<string, List<PlannedStop>> _served = [];

    private PlanProblem(DateOnly day, IReadOnlyList<FleetVehicle> vehicles)
    {
        Day = day;
        Vehicles = vehicles;
    }

    public DateOnly Day { get; }

    public IReadOnlyList<FleetVehicle> Vehicles { get; }

    public DispatchProblem Problem { get; private set; } = null!;

    public DispatchPlan Plan { get; private set; } = null!;

    /// <summary>Ride id of each request index.</summary>
    public List<string> RideIds { get; } = [];

    private HashSet<int> Aboard { get; } = [];

    public static PlanProblem Build(PlanInputs inputs, IReadOnlyList<FleetVehicle> vehicles, IReadOnlyList<(Ride Ride, TimeWindow Pickup, TimeWindow? Dropoff)> extra)
    {
        var day = inputs.Plan.Day;
        var result = new PlanProblem(day, vehicles);
        var now = Math.Max(0, RideClock.Minutes(day, inputs.Now));
        var requests = new List<TransportRequest>();
        var dispatchVehicles = new List<Vehicle>();
        var routes = new List<RoutePlan>();
        foreach (var vehicle in vehicles)
        {
            var planned = inputs.Plan.Routes.First(r => r.VehicleId == vehicle.VehicleId).Stops;
            var served = planned.TakeWhile(s => s.At < inputs.Now).ToList();
            result._served[vehicle.VehicleId] = served;
            var depot = inputs.Area.Find(vehicle.Depot)!;
            var lastServed = served.Count == 0 ? null : inputs.Rides[served[^1].RideId];
            var here = inputs.Positions.Current(vehicle.VehicleId, inputs.Now) is { } fix ? new Location(fix.Lon, fix.Lat)
                : lastServed is null ? new Location(depot.Lon, depot.Lat)
                : Place(served[^1].IsPickup ? lastServed.Pickup : lastServed.Dropoff);
            double shiftStart = RideClock.Minutes(vehicle.ShiftStart), shiftEnd = RideClock.Minutes(vehicle.ShiftEnd);
            var evacuating = extra.Any(e => e.Ride.IsEvacuation)
                || inputs.Rides.Values.Any(r => r.IsEvacuation && r.Status == RideStatus.Scheduled && r.VehicleId == vehicle.VehicleId);
            dispatchVehicles.Add(new Vehicle
            {
                Id = vehicle.VehicleId,
                Capacity = vehicle.Seats,
                Start = here,
                End = new Location(depot.Lon, depot.Lat),
                Departure = new TimeWindow(Math.Min(Math.Max(now, shiftStart), shiftEnd), shiftEnd),
                Return = new TimeWindow(shiftStart, Math.Max(shiftEnd, now) + (evacuating ? EvacuationOvertimeMinutes : 0)),
            });

            var stops = new List<Stop>();
            var locked = 0;
            foreach (var rideId in served.Where(s => s.IsPickup).Select(s => s.RideId).Except(served.Where(s => !s.IsPickup).Select(s => s.RideId)))
            {
                result.Aboard.Add(requests.Count);
                stops.Add(Stop.PickupOf(requests.Count));
                requests.Add(Request(inputs, inputs.Rides[rideId], here, new TimeWindow(now, now), null, aboard: true));
                result.RideIds.Add(rideId);
                locked++;
            }

            foreach (var stop in planned.Skip(served.Count))
            {
                var index = result.RideIds.IndexOf(stop.RideId);
                if (index < 0)
                {
                    index = requests.Count;
                    var ride = inputs.Rides[stop.RideId];
                    requests.Add(Request(inputs, ride, Place(ride.Pickup), PromisedWindow(day, ride, now), LateDropoff(day, ride, now), aboard: false));
                    result.RideIds.Add(stop.RideId);
                }

                stops.Add(new Stop(index, stop.IsPickup ? StopKind.Pickup : StopKind.Dropoff));
                locked += stop.At < inputs.Now.AddMinutes(CommitMinutes) && locked == stops.Count - 1 ? 1 : 0;
            }

            routes.Add(new RoutePlan(routes.Count, stops) { LockedStops = locked });
        }

        var unassigned = new List<int>();
        foreach (var (ride, pickup, dropoff) in extra)
        {
            unassigned.Add(requests.Count);
            requests.Add(Request(inputs, ride, Place(ride.Pickup), pickup, dropoff, aboard: false));
            result.RideIds.Add(ride.RideId);
        }

        result.Problem = new DispatchProblem(dispatchVehicles, requests, new HaversineTravelTime(inputs.Options.SpeedKmPerHour));
        result.Plan = new DispatchPlan(routes, unassigned);
        return result;
    }

    /// <summary>Every ride of this sub-problem with its vehicle, or null when the plan lost one (which callers treat as failure).</summary>
    public IReadOnlyList<PlannedRoute>? ToRoutes(DispatchPlan plan, IEnumerable<string> mustKeep)
    {
        var schedule = Dispatcher.Schedule(Problem, plan);
        var routes = new List<PlannedRoute>();
        foreach (var route in schedule.Schedules)
        {
            var vehicleId = Vehicles[route.Vehicle].VehicleId;
            var upcoming = route.Stops
                .Where(s => !(s.Stop.Kind == StopKind.Pickup && Aboard.Contains(s.Stop.Request)))
                .Select(s => new PlannedStop(RideIds[s.Stop.Request], s.Stop.Kind == StopKind.Pickup, RideClock.At(Day, s.ServiceStart)));
            routes.Add(new PlannedRoute(vehicleId, [.. _served[vehicleId], .. upcoming]));
        }

        var kept = routes.SelectMany(r => r.Stops).Select(s => s.RideId).ToHashSet();
        return mustKeep.All(kept.Contains) ? routes : null;
    }

    public IEnumerable<string> PlannedRideIds => Plan.Routes.SelectMany(r => r.Stops).Select(s => RideIds[s.Request]).Distinct();

    private static Location Place(RidePlace place) => new(place.Lon, place.Lat);

    private static TransportRequest Request(PlanInputs inputs, Ride ride, Location pickup, TimeWindow pickupWindow, TimeWindow? dropoffWindow, bool aboard)
    {
        var travel = new HaversineTravelTime(inputs.Options.SpeedKmPerHour);
        var direct = travel.TravelTime(Place(ride.Pickup), Place(ride.Dropoff));
        var service = ride.Wheelchair ? inputs.Options.WheelchairStopMinutes : inputs.Options.StopMinutes;
        return new TransportRequest
        {
            Id = ride.RideId,
            Pickup = pickup,
            Dropoff = Place(ride.Dropoff),
            PickupWindow = pickupWindow,
            DropoffWindow = dropoffWindow ?? TimeWindow.Unbounded,
            Load = ride.Seats,
            PickupServiceTime = aboard ? 0 : service,
            DropoffServiceTime = service,
            // Sharing may lengthen a ride by half plus ten minutes; a rider already aboard is not held to it.
            MaxRideTime = aboard ? TimeWindow.Unbounded.Latest : MaxRide(direct),
        };
    }

    public static double MaxRide(double direct) => (direct * 1.5) + 10;

    /// <summary>
    /// A late vehicle cannot undo its lateness, so an overdue promise stretches rather than makes the route infeasible.
    /// Minutes count from the plan's day, so a promise or deadline after midnight lies beyond 1,440, not before now.
    /// </summary>
    private static TimeWindow PromisedWindow(DateOnly day, Ride ride, double now)
    {
        double start = RideClock.Minutes(day, ride.PromisedPickup!.Start), end = RideClock.Minutes(day, ride.PromisedPickup.End);
        return new TimeWindow(start, end >= now ? end : now + 90);
    }

    private static TimeWindow? LateDropoff(DateOnly day, Ride ride, double now)
    {
        if (ride.LatestArrival is not { } latest)
        {
            return null;
        }

        var end = RideClock.Minutes(day, latest);
        return new TimeWindow(0, end >= now ? end : now + 120);
    }
}

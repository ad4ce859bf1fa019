using CityOs.Mobility.Dispatching;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Inserts one ride into a day's plan with the library's cheapest insertion. The library knows one kind of
/// load (seats), so wheelchair places are a second check: a wheelchair ride is tried only on wheelchair-capable
/// vehicles, and a vehicle whose wheelchair places would overflow is dropped and the insertion retried.
/// </summary>
public sealed class RidePlacer(Dispatcher dispatcher, Fleet fleet)
{
    public Placement? TryPlace(PlanInputs inputs, Ride ride, TimeWindow pickup, TimeWindow? dropoff, IEnumerable<FleetVehicle>? candidates = null)
    {
        var subset = (candidates ?? fleet.Vehicles).Where(v => !ride.Wheelchair || v.WheelchairPlaces > 0).ToList();
        var rides = new Dictionary<string, Ride>(inputs.Rides) { [ride.RideId] = ride };
        inputs = inputs with { Rides = rides };
        while (subset.Count > 0)
        {
            var problem = PlanProblem.Build(inputs, subset, [(ride, pickup, dropoff)]);
            var inserted = dispatcher.TryInsert(problem.Problem, problem.Plan, problem.RideIds.Count - 1);
            if (!inserted.Inserted || problem.ToRoutes(inserted.Plan, problem.PlannedRideIds) is not { } routes)
            {
                return null;
            }

            var vehicle = subset[inserted.Vehicle];
            var route = routes.First(r => r.VehicleId == vehicle.VehicleId);
            if (WheelchairsFit(route, vehicle, rides))
            {
                var plan = Merge(inputs.Plan, routes);
                return new Placement(plan, vehicle.VehicleId, route.Stops.First(s => s.RideId == ride.RideId && s.IsPickup).At);
            }

            subset.Remove(vehicle);
        }

        return null;
    }

    public static bool WheelchairsFit(PlannedRoute route, FleetVehicle vehicle, IReadOnlyDictionary<string, Ride> rides)
    {
        var aboard = 0;
        foreach (var stop in route.Stops.Where(s => rides[s.RideId].Wheelchair))
        {
            aboard += stop.IsPickup ? 1 : -1;
            if (aboard > vehicle.WheelchairPlaces)
            {
                return false;
            }
        }

        return true;
    }

    public static RidePlan Merge(RidePlan plan, IReadOnlyList<PlannedRoute> changed) => plan with
    {
        Routes = [.. plan.Routes.Select(r => changed.FirstOrDefault(c => c.VehicleId == r.VehicleId) ?? r)],
    };

    public static RidePlan Without(RidePlan plan, IReadOnlySet<string> rideIds) => plan with
    {
        Routes = [.. plan.Routes.Select(r => r with { Stops = [.. r.Stops.Where(s => !rideIds.Contains(s.RideId))] })],
    };
}

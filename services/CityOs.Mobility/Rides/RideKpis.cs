namespace CityOs.Mobility.Rides;

/// <summary>Computes the office's ride KPIs from the rides and the stored plans.</summary>
public static class RideKpis
{
    /// <summary>Streets are not straight; the same factor the travel-time model uses.</summary>
    private const double DetourFactor = 1.3;

    public static IReadOnlyList<DistrictKpi> Compute(IReadOnlyList<Ride> rides, IEnumerable<RidePlan> plans, Fleet fleet, ServiceArea area)
    {
        var byId = rides.ToDictionary(r => r.RideId);
        var km = new Dictionary<string, double>();
        var shared = new HashSet<string>();
        var pickupAt = new Dictionary<string, DateTimeOffset>();
        foreach (var route in plans.SelectMany(p => p.Routes).Where(r => r.Stops.Count > 0))
        {
            Attribute(route, fleet.Find(route.VehicleId), area, byId, km, shared);
            foreach (var stop in route.Stops.Where(s => s.IsPickup))
            {
                pickupAt[stop.RideId] = stop.At;
            }
        }

        return [.. rides.GroupBy(r => r.District).OrderBy(g => g.Key).Select(g =>
        {
            var asked = g.Where(r => r.Status != RideStatus.Cancelled).ToList();
            var served = g.Where(r => r.Status == RideStatus.Scheduled).ToList();
            var passengers = served.Sum(r => r.Passengers + r.Companions);
            var waits = served.Where(r => r.EarliestPickup is not null && pickupAt.ContainsKey(r.RideId))
                .Select(r => (pickupAt[r.RideId] - r.EarliestPickup!.Value).TotalMinutes).ToList();
            return new DistrictKpi
            {
                District = g.Key,
                Requests = g.Count(),
                ServedShare = asked.Count == 0 ? null : Math.Round((double)served.Count / asked.Count, 3),
                SharedShare = served.Count == 0 ? null : Math.Round((double)served.Count(r => shared.Contains(r.RideId)) / served.Count, 3),
                VehicleKmPerPassenger = passengers == 0 ? null : Math.Round(served.Sum(r => km.GetValueOrDefault(r.RideId)) / passengers, 2),
                MeanWaitMinutes = waits.Count == 0 ? null : Math.Round(waits.Average(), 1),
            };
        })];
    }

    /// <summary>
    /// Splits each leg's km evenly among the parties aboard; an empty leg is charged to the ride it drives to
    /// (or, back to the depot, to the ride last dropped), so every km of the route lands on some ride.
    /// </summary>
    private static void Attribute(PlannedRoute route, FleetVehicle? vehicle, ServiceArea area, Dictionary<string, Ride> rides,
        Dictionary<string, double> km, HashSet<string> shared)
    {
        var depot = area.Find(vehicle?.Depot ?? "") is { } d ? (d.Lat, d.Lon) : Point(rides, route.Stops[0]);
        var here = depot;
        var aboard = new List<string>();
        foreach (var stop in route.Stops)
        {
            var next = Point(rides, stop);
            var leg = Geo.Km(here.Lat, here.Lon, next.Lat, next.Lon) * DetourFactor;
            foreach (var payer in aboard.Count > 0 ? aboard : [stop.RideId])
            {
                km[payer] = km.GetValueOrDefault(payer) + (leg / Math.Max(1, aboard.Count));
            }

            if (stop.IsPickup)
            {
                aboard.Add(stop.RideId);
                if (aboard.Count > 1)
                {
                    shared.UnionWith(aboard);
                }
            }
            else
            {
                aboard.Remove(stop.RideId);
            }

            here = next;
        }

        var last = route.Stops[^1].RideId;
        km[last] = km.GetValueOrDefault(last) + (Geo.Km(here.Lat, here.Lon, depot.Lat, depot.Lon) * DetourFactor);
    }

    private static (double Lat, double Lon) Point(Dictionary<string, Ride> rides, PlannedStop stop)
    {
        var place = stop.IsPickup ? rides[stop.RideId].Pickup : rides[stop.RideId].Dropoff;
        return (place.Lat, place.Lon);
    }
}

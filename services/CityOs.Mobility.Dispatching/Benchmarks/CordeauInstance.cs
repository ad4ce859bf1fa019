using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Mobility.Dispatching.Benchmarks;

/// <summary>
/// A dial-a-ride instance in the format of Cordeau (2006): header <c>K N T Q L</c>, then the depot (node 0),
/// pick-ups 1..n and drop-offs n+1..2n, with n = N/2, and optionally an end depot 2n+1 giving the route-end window.
/// Request i (0-based) is picked up at node i+1 and dropped off at node n+i+1.
/// </summary>
public sealed record CordeauInstance
{
    public required string Name { get; init; }

    public required int Vehicles { get; init; }

    public required double MaxRouteDuration { get; init; }

    public required int Capacity { get; init; }

    public required double MaxRideTime { get; init; }

    public required CordeauNode Depot { get; init; }

    public CordeauNode? EndDepot { get; init; }

    /// <summary>Nodes 1..2n, in id order.</summary>
    public required IReadOnlyList<CordeauNode> Stops { get; init; }

    public int RequestCount => Stops.Count / 2;

    public static CordeauInstance Load(string path) => CordeauParser.Parse(File.ReadAllLines(path), path);

    /// <summary>The node id that a stop of <see cref="ToProblem"/> stands for.</summary>
    public int NodeId(Stop stop) => stop.Kind == StopKind.Pickup ? stop.Request + 1 : RequestCount + stop.Request + 1;

    public DispatchProblem ToProblem()
    {
        var n = RequestCount;
        var end = EndDepot ?? Depot;
        var vehicles = Enumerable.Range(1, Vehicles).Select(k => new Vehicle
        {
            Id = k.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Capacity = Capacity,
            Start = new Location(Depot.X, Depot.Y),
            End = new Location(end.X, end.Y),
            Departure = new TimeWindow(Depot.Earliest, Depot.Latest),
            Return = new TimeWindow(end.Earliest, end.Latest),
            MaxRouteDuration = MaxRouteDuration,
        }).ToArray();
        var requests = Enumerable.Range(0, n).Select(i =>
        {
            CordeauNode pickup = Stops[i], dropoff = Stops[n + i];
            return new TransportRequest
            {
                Id = pickup.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Pickup = new Location(pickup.X, pickup.Y),
                Dropoff = new Location(dropoff.X, dropoff.Y),
                PickupWindow = new TimeWindow(pickup.Earliest, pickup.Latest),
                DropoffWindow = new TimeWindow(dropoff.Earliest, dropoff.Latest),
                Load = pickup.Load,
                PickupServiceTime = pickup.ServiceTime,
                DropoffServiceTime = dropoff.ServiceTime,
                MaxRideTime = MaxRideTime,
            };
        }).ToArray();
        return new DispatchProblem(vehicles, requests, EuclideanTravelTime.Instance);
    }
}

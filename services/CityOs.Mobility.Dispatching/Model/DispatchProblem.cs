using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Mobility.Dispatching.Model;

/// <summary>
/// Vehicles, requests and travel times, indexed for the search. Immutable: a new request gives a new
/// problem (<see cref="WithRequest"/>) in which existing indices keep their meaning, so plans carry over.
/// </summary>
/// <remarks>
/// Internally every stop is a node: vehicle v starts at node 2v and ends at 2v+1; request r is picked up
/// at 2V+2r and dropped off at 2V+2r+1. Appending a request therefore never renumbers a node.
/// </remarks>
public sealed partial class DispatchProblem
{
    public DispatchProblem(IReadOnlyList<Vehicle> vehicles, IReadOnlyList<TransportRequest> requests, ITravelTimeModel travelTimes)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(travelTimes);
        foreach (var vehicle in vehicles)
        {
            Validate(vehicle);
        }

        foreach (var request in requests)
        {
            Validate(request);
        }

        Vehicles = vehicles.ToArray();
        Requests = requests.ToArray();
        TravelTimes = travelTimes;
        FirstRequestNode = 2 * Vehicles.Count;
        NodeCount = FirstRequestNode + (2 * Requests.Count);
        Locations = new Location[NodeCount];
        Earliest = new double[NodeCount];
        Latest = new double[NodeCount];
        ServiceTime = new double[NodeCount];
        Demand = new int[NodeCount];
        MaxRideOf = Requests.Select(r => r.MaxRideTime).ToArray();
        Capacity = Vehicles.Select(v => v.Capacity).ToArray();
        MaxRouteDuration = Vehicles.Select(v => v.MaxRouteDuration).ToArray();
        FillNodes();
        Travel = BuildMatrix();
        MaxTravel = Travel.Length == 0 ? 0 : Travel.Max();
        (TightEarliest, TightLatest) = TightenWindows();
        VehicleClass = ClassifyVehicles();
    }

    public IReadOnlyList<Vehicle> Vehicles { get; }

    public IReadOnlyList<TransportRequest> Requests { get; }

    public ITravelTimeModel TravelTimes { get; }

    /// <summary>The same problem with one more request, whose index is the old request count.</summary>
    public DispatchProblem WithRequest(TransportRequest request) =>
        new(Vehicles, [.. Requests, request], TravelTimes);

    public double TravelTime(Location from, Location to) => TravelTimes.TravelTime(from, to);

    private static void Validate(Vehicle vehicle)
    {
        if (vehicle.Capacity < 0 || vehicle.MaxRouteDuration < 0 || vehicle.Departure.Earliest > vehicle.Departure.Latest
            || vehicle.Return.Earliest > vehicle.Return.Latest)
        {
            throw new ArgumentException($"Vehicle '{vehicle.Id}' has a negative capacity or duration, or an empty time window.");
        }
    }

    private static void Validate(TransportRequest request)
    {
        if (request.Load < 0 || request.PickupServiceTime < 0 || request.DropoffServiceTime < 0 || request.MaxRideTime < 0
            || request.PickupWindow.Earliest > request.PickupWindow.Latest || request.DropoffWindow.Earliest > request.DropoffWindow.Latest)
        {
            throw new ArgumentException($"Request '{request.Id}' has a negative load, service or ride time, or an empty time window.");
        }
    }
}

namespace CityOs.Mobility.Dispatching.Model;

public sealed partial class DispatchProblem
{
    internal int FirstRequestNode { get; }

    internal int NodeCount { get; }

    internal Location[] Locations { get; }

    internal double[] Earliest { get; }

    internal double[] Latest { get; }

    /// <summary>Windows narrowed by what the ride-time and depot constraints imply; used only to prune candidates.</summary>
    internal double[] TightEarliest { get; }

    internal double[] TightLatest { get; }

    internal double[] ServiceTime { get; }

    internal int[] Demand { get; }

    /// <summary>Row-major travel times between nodes.</summary>
    internal double[] Travel { get; }

    internal double MaxTravel { get; }

    /// <summary>Vehicles with equal class are interchangeable, so an empty one of each class is enough to try.</summary>
    internal int[] VehicleClass { get; }

    internal static int StartNode(int vehicle) => 2 * vehicle;

    internal static int EndNode(int vehicle) => (2 * vehicle) + 1;

    internal int PickupNode(int request) => FirstRequestNode + (2 * request);

    internal int DropoffNode(int request) => FirstRequestNode + (2 * request) + 1;

    internal bool IsRequestNode(int node) => node >= FirstRequestNode;

    internal bool IsPickup(int node) => node >= FirstRequestNode && ((node - FirstRequestNode) & 1) == 0;

    internal int RequestOf(int node) => (node - FirstRequestNode) >> 1;

    internal double Time(int from, int to) => Travel[(from * NodeCount) + to];

    internal double MaxRide(int request) => MaxRideOf[request];

    /// <summary>Per request; arrays rather than the records because the scheduler reads them in its inner loop.</summary>
    internal double[] MaxRideOf { get; }

    internal int[] Capacity { get; }

    internal double[] MaxRouteDuration { get; }

    private void FillNodes()
    {
        for (var v = 0; v < Vehicles.Count; v++)
        {
            var vehicle = Vehicles[v];
            SetNode(StartNode(v), vehicle.Start, vehicle.Departure, 0, 0);
            SetNode(EndNode(v), vehicle.End, vehicle.Return, 0, 0);
        }

        for (var r = 0; r < Requests.Count; r++)
        {
            var request = Requests[r];
            SetNode(PickupNode(r), request.Pickup, request.PickupWindow, request.PickupServiceTime, request.Load);
            SetNode(DropoffNode(r), request.Dropoff, request.DropoffWindow, request.DropoffServiceTime, -request.Load);
        }
    }

    private void SetNode(int node, Location location, TimeWindow window, double service, int demand)
    {
        Locations[node] = location;
        Earliest[node] = window.Earliest;
        Latest[node] = window.Latest;
        ServiceTime[node] = service;
        Demand[node] = demand;
    }

    private double[] BuildMatrix()
    {
        var matrix = new double[NodeCount * NodeCount];
        for (var a = 0; a < NodeCount; a++)
        {
            for (var b = 0; b < NodeCount; b++)
            {
                matrix[(a * NodeCount) + b] = a == b ? 0 : TravelTimes.TravelTime(Locations[a], Locations[b]);
            }
        }

        return matrix;
    }

    private int[] ClassifyVehicles()
    {
        var classes = new int[Vehicles.Count];
        for (var v = 0; v < Vehicles.Count; v++)
        {
            classes[v] = v;
            for (var w = 0; w < v; w++)
            {
                if (Vehicles[w] with { Id = "" } == Vehicles[v] with { Id = "" })
                {
                    classes[v] = classes[w];
                    break;
                }
            }
        }

        return classes;
    }
}

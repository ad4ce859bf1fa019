using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Mobility.Dispatching.Tests.Support;

/// <summary>Hand-made problems on a straight road from a depot at 0, where travel time is the distance.</summary>
internal static class LineWorld
{
    public static Vehicle Vehicle(int capacity = 3, double maxDuration = 1000, string id = "v") => new()
    {
        Id = id,
        Capacity = capacity,
        Start = new Location(0, 0),
        End = new Location(0, 0),
        Departure = new TimeWindow(0, 1000),
        Return = new TimeWindow(0, 1000),
        MaxRouteDuration = maxDuration,
    };

    public static TransportRequest Trip(
        string id, double from, double to, TimeWindow? pickup = null, TimeWindow? dropoff = null, int load = 1, double maxRide = 100, double service = 0) => new()
        {
            Id = id,
            Pickup = new Location(from, 0),
            Dropoff = new Location(to, 0),
            PickupWindow = pickup ?? new TimeWindow(0, 1000),
            DropoffWindow = dropoff ?? new TimeWindow(0, 1000),
            Load = load,
            PickupServiceTime = service,
            DropoffServiceTime = service,
            MaxRideTime = maxRide,
        };

    public static DispatchProblem Problem(IReadOnlyList<Vehicle> vehicles, params TransportRequest[] requests) =>
        new(vehicles, requests, EuclideanTravelTime.Instance);

    public static DispatchProblem Problem(Vehicle vehicle, params TransportRequest[] requests) => Problem([vehicle], requests);
}

using CityOs.Mobility.Dispatching;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Travel;

namespace CityOs.Benchmarks.Darp;

/// <summary>
/// Compiles the dispatcher's code once on a tiny made-up problem before any instance is timed, so the first
/// instance's figures measure the algorithm rather than the JIT. No benchmark instance is touched.
/// </summary>
internal static class DispatcherWarmup
{
    public static void Run(DispatcherOptions options)
    {
        var vehicles = Enumerable.Range(0, 2).Select(v => new Vehicle
        {
            Id = $"w{v}",
            Capacity = 3,
            Start = new Location(0, 0),
            End = new Location(0, 0),
            MaxRouteDuration = 480,
        }).ToArray();
        var requests = Enumerable.Range(0, 12).Select(i => new TransportRequest
        {
            Id = $"w{i}",
            Pickup = new Location(i % 5, i % 3),
            Dropoff = new Location(-(i % 4), i % 5),
            PickupWindow = new TimeWindow(i * 10, (i * 10) + 60),
            PickupServiceTime = 3,
            DropoffServiceTime = 3,
            MaxRideTime = 30,
        }).ToArray();
        var problem = new DispatchProblem(vehicles, requests, EuclideanTravelTime.Instance);
        new Dispatcher(options with { MaxIterations = 200 }).Solve(problem, TimeSpan.FromMilliseconds(300));
    }
}

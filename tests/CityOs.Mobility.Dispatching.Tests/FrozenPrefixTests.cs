using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Scheduling;
using static CityOs.Mobility.Dispatching.Planning.Stop;
using static CityOs.Mobility.Dispatching.Tests.Support.LineWorld;

namespace CityOs.Mobility.Dispatching.Tests;

public class FrozenPrefixTests
{
    private static readonly TimeSpan Brief = TimeSpan.FromMilliseconds(300);
    private readonly Dispatcher _dispatcher = new(new DispatcherOptions { Parallelism = 1 });

    [Fact]
    public void Insertion_never_goes_before_locked_stops()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 9), Trip("b", 0.5, 0.8));
        var plan = Plan(new RoutePlan(0, [PickupOf(0), DropoffOf(0)]) { LockedStops = 1 }, unassigned: [1]);

        var result = _dispatcher.TryInsert(problem, plan, 1);

        Assert.True(result.Inserted);
        Assert.Equal(PickupOf(0), result.Plan.Routes[0].Stops[0]);
        Assert.Equal(1, result.Plan.Routes[0].LockedStops);
    }

    [Fact]
    public void Reoptimisation_keeps_locked_stops_in_place()
    {
        var problem = Problem([Vehicle(id: "1"), Vehicle(id: "2")], Enumerable.Range(0, 8).Select(i => Trip($"r{i}", i % 5, 9 - (i % 3))).ToArray());
        var first = _dispatcher.Solve(problem, Brief);
        var locked = first.Plan with { Routes = first.Plan.Routes.Select(r => r with { LockedStops = Math.Min(2, r.Stops.Count) }).ToArray() };

        var improved = new Dispatcher(new DispatcherOptions { Seed = 99, Parallelism = 1 }).Improve(problem, locked, Brief);

        foreach (var (before, after) in locked.Routes.Zip(improved.Plan.Routes))
        {
            Assert.Equal(before.Stops.Take(before.LockedStops), after.Stops.Take(before.LockedStops));
            Assert.True(RouteChecker.Check(problem, after).IsFeasible);
        }
    }

    [Fact]
    public void Passenger_on_board_stays_with_their_vehicle()
    {
        // Vehicle 2 would suit the trip far better, but the passenger already sits in vehicle 1.
        var remote = Vehicle(id: "2") with { Start = new Location(50, 0), End = new Location(50, 0) };
        var problem = Problem([Vehicle(id: "1"), remote], Trip("a", 49, 51, maxRide: 200));
        var plan = Plan(new RoutePlan(0, [PickupOf(0), DropoffOf(0)]) { LockedStops = 1 }, new RoutePlan(1, []));

        var improved = _dispatcher.Improve(problem, plan, Brief);

        Assert.Equal([PickupOf(0), DropoffOf(0)], improved.Plan.Routes[0].Stops);
        Assert.Empty(improved.Plan.Routes[1].Stops);
    }

    [Fact]
    public void Route_broken_by_a_delay_is_repaired_behind_its_locked_stops()
    {
        // The vehicle is now late: its departure window starts at 100, so b's planned pick-up can no longer be met.
        var late = Vehicle() with { Departure = new TimeWindow(100, 1000) };
        var problem = Problem([late, Vehicle(id: "spare")], Trip("a", 1, 2), Trip("b", 3, 4, pickup: new TimeWindow(0, 50)));
        var plan = Plan(new RoutePlan(0, [PickupOf(0), DropoffOf(0), PickupOf(1), DropoffOf(1)]) { LockedStops = 1 }, new RoutePlan(1, []));

        var improved = _dispatcher.Improve(problem, plan, Brief);

        Assert.Equal(PickupOf(0), improved.Plan.Routes[0].Stops[0]);
        Assert.Equal([PickupOf(1), DropoffOf(1)], improved.Plan.Routes[1].Stops);
        Assert.Empty(improved.Unassigned);
    }

    [Fact]
    public void Locked_stops_that_cannot_be_kept_are_an_error()
    {
        var problem = Problem(Vehicle(), Trip("a", 10, 11, pickup: new TimeWindow(0, 5)));
        var plan = Plan(new RoutePlan(0, [PickupOf(0), DropoffOf(0)]) { LockedStops = 1 });

        Assert.Throws<InvalidOperationException>(() => _dispatcher.Improve(problem, plan, Brief));
    }

    private static DispatchPlan Plan(params RoutePlan[] routes) => new(routes, []);

    private static DispatchPlan Plan(RoutePlan route, int[] unassigned) => new([route], unassigned);
}

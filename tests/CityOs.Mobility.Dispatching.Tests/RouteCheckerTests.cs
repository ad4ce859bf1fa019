using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Scheduling;
using static CityOs.Mobility.Dispatching.Planning.Stop;
using static CityOs.Mobility.Dispatching.Tests.Support.LineWorld;

namespace CityOs.Mobility.Dispatching.Tests;

public class RouteCheckerTests
{
    [Fact]
    public void Route_within_all_limits_is_feasible_and_timed()
    {
        var problem = Problem(Vehicle(), Trip("a", 2, 5, service: 1));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), DropoffOf(0)]));

        Assert.True(check.IsFeasible);
        Assert.Equal(10, check.Cost, 9);
        Assert.Equal([2.0, 6.0], check.Schedule!.Stops.Select(s => s.ServiceStart));
        Assert.Equal(12, check.Schedule.Return, 9);
    }

    [Fact]
    public void Route_over_capacity_is_rejected()
    {
        var problem = Problem(Vehicle(capacity: 1), Trip("a", 1, 5), Trip("b", 2, 6));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), PickupOf(1), DropoffOf(0), DropoffOf(1)]));

        Assert.Equal(RouteViolation.Capacity, check.Violation);
    }

    [Fact]
    public void Route_reaching_a_stop_after_its_window_is_rejected()
    {
        var problem = Problem(Vehicle(), Trip("a", 5, 6, pickup: new TimeWindow(0, 4)));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), DropoffOf(0)]));

        Assert.Equal(RouteViolation.TimeWindow, check.Violation);
    }

    [Fact]
    public void Departure_is_delayed_instead_of_waiting_at_an_early_stop()
    {
        var problem = Problem(Vehicle(), Trip("a", 2, 4, pickup: new TimeWindow(10, 20)));

        var schedule = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), DropoffOf(0)])).Schedule!;

        Assert.Equal(8, schedule.Departure, 9);
        Assert.Equal(10, schedule.Stops[0].Arrival, 9);
    }

    [Fact]
    public void Route_exceeding_max_ride_time_is_rejected()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 3, maxRide: 5), Trip("b", 10, 11));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), PickupOf(1), DropoffOf(1), DropoffOf(0)]));

        Assert.Equal(RouteViolation.RideTime, check.Violation);
    }

    [Fact]
    public void Route_respects_max_ride_time_by_waiting_before_the_pickup()
    {
        // Stop c pins the start, so only delaying a's pick-up (step 7) keeps a's ride within 5 despite b's late window.
        var problem = Problem(
            Vehicle(),
            Trip("a", 2, 4, maxRide: 5),
            Trip("b", 3, 5, pickup: new TimeWindow(20, 30)),
            Trip("c", 1, 1.5, pickup: new TimeWindow(0, 1)));
        var route = new RoutePlan(0, [PickupOf(2), DropoffOf(2), PickupOf(0), PickupOf(1), DropoffOf(0), DropoffOf(1)]);

        var check = RouteChecker.Check(problem, route);

        Assert.True(check.IsFeasible);
        var stops = check.Schedule!.Stops;
        Assert.True(stops[4].ServiceStart - stops[2].Departure <= 5 + 1e-9);
        Assert.Equal(17, stops[2].ServiceStart - stops[2].Arrival, 9);
    }

    [Fact]
    public void Route_longer_than_max_duration_is_rejected()
    {
        var problem = Problem(Vehicle(maxDuration: 11), Trip("a", 2, 6));

        Assert.Equal(RouteViolation.RouteDuration, RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), DropoffOf(0)])).Violation);
    }

    [Fact]
    public void Late_departure_keeps_a_route_within_max_duration()
    {
        var problem = Problem(Vehicle(maxDuration: 10), Trip("a", 2, 4, pickup: new TimeWindow(50, 60)));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0), DropoffOf(0)]));

        Assert.True(check.IsFeasible);
        Assert.Equal(8, check.Schedule!.Duration, 9);
    }

    [Theory]
    [InlineData(StopKind.Dropoff, StopKind.Pickup)]
    [InlineData(StopKind.Pickup, StopKind.Pickup)]
    public void Route_with_stops_out_of_order_is_malformed(StopKind first, StopKind second)
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 2));

        var check = RouteChecker.Check(problem, new RoutePlan(0, [new Stop(0, first), new Stop(0, second)]));

        Assert.Equal(RouteViolation.MalformedRoute, check.Violation);
    }

    [Fact]
    public void Route_missing_a_dropoff_is_malformed()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 2));

        Assert.Equal(RouteViolation.MalformedRoute, RouteChecker.Check(problem, new RoutePlan(0, [PickupOf(0)])).Violation);
    }
}

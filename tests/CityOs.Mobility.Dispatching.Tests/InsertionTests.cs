using CityOs.Mobility.Dispatching.Insertion;
using CityOs.Mobility.Dispatching.Model;
using CityOs.Mobility.Dispatching.Planning;
using static CityOs.Mobility.Dispatching.Planning.Stop;
using static CityOs.Mobility.Dispatching.Tests.Support.LineWorld;

namespace CityOs.Mobility.Dispatching.Tests;

public class InsertionTests
{
    private readonly Dispatcher _dispatcher = new();

    [Fact]
    public void Request_is_inserted_into_an_idle_vehicle()
    {
        var problem = Problem(Vehicle(), Trip("a", 2, 5));

        var result = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0);

        Assert.Equal(InsertionOutcome.Inserted, result.Outcome);
        Assert.Equal([PickupOf(0), DropoffOf(0)], result.Plan.Routes[0].Stops);
        Assert.Empty(result.Plan.Unassigned);
        Assert.Equal(10, result.AddedCost, 9);
    }

    [Fact]
    public void Request_goes_to_the_vehicle_where_it_adds_least_travel()
    {
        var far = Vehicle(id: "far") with { Start = new Location(10, 0), End = new Location(10, 0) };
        var problem = Problem([Vehicle(id: "near"), far], Trip("a", 9, 11));

        var result = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0);

        Assert.Equal(1, result.Vehicle);
        Assert.Equal(4, result.AddedCost, 9);
    }

    [Fact]
    public void Request_along_a_planned_route_shares_the_ride()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 9), Trip("b", 3, 7));
        var plan = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Plan;

        var result = _dispatcher.TryInsert(problem, plan, 1);

        Assert.Equal([PickupOf(0), PickupOf(1), DropoffOf(1), DropoffOf(0)], result.Plan.Routes[0].Stops);
        Assert.Equal(0, result.AddedCost, 9);
    }

    [Fact]
    public void Party_larger_than_every_vehicle_is_refused()
    {
        var problem = Problem(Vehicle(capacity: 3), Trip("a", 1, 2, load: 4));

        Assert.Equal(InsertionOutcome.ExceedsCapacity, _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Outcome);
    }

    [Fact]
    public void Trip_longer_than_its_max_ride_time_is_unservable()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 20, maxRide: 10));

        Assert.Equal(InsertionOutcome.Unservable, _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Outcome);
    }

    [Fact]
    public void Request_that_fits_no_route_is_refused_and_the_plan_kept()
    {
        var problem = Problem(
            Vehicle(),
            Trip("a", 10, 20, pickup: new TimeWindow(10, 12)),
            Trip("b", -10, -20, pickup: new TimeWindow(11, 13)));
        var plan = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Plan;

        var result = _dispatcher.TryInsert(problem, plan, 1);

        Assert.Equal(InsertionOutcome.NoFeasiblePosition, result.Outcome);
        Assert.Same(plan, result.Plan);
    }

    [Fact]
    public void Planned_request_is_not_inserted_twice()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 2));
        var plan = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Plan;

        Assert.Equal(InsertionOutcome.AlreadyPlanned, _dispatcher.TryInsert(problem, plan, 0).Outcome);
    }

    [Fact]
    public void New_request_keeps_the_indices_of_a_live_plan()
    {
        var problem = Problem(Vehicle(), Trip("a", 1, 9));
        var plan = _dispatcher.TryInsert(problem, DispatchPlan.Empty(problem), 0).Plan;

        var grown = problem.WithRequest(Trip("b", 3, 7));
        var result = _dispatcher.TryInsert(grown, plan with { Unassigned = [1] }, 1);

        Assert.True(result.Inserted);
        Assert.Equal("b", grown.Requests[1].Id);
        Assert.Contains(PickupOf(1), result.Plan.Routes[0].Stops);
    }
}

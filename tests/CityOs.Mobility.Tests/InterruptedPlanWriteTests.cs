using CityOs.Mobility.Rides;

namespace CityOs.Mobility.Tests;

/// <summary>
/// The plan is written before the rides it changed; a kill in between (seen in the service-crash drill) left stops
/// whose ride was missing, and every later booking failed on them. Such stops are dropped when the plan is read.
/// </summary>
public sealed class InterruptedPlanWriteTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 23, 0, 0, TimeSpan.FromHours(9));

    private static Ride Scheduled(string id, string vehicle) => new()
    {
        RideId = id, Channel = RideChannel.Evacuation, RiderPseudonym = "mob-p-" + id, Pickup = new RidePlace(34.18, 131.47), Dropoff = new RidePlace(34.16, 131.45),
        District = "odono", LatestArrival = At.AddHours(2), Passengers = 1, Status = RideStatus.Scheduled, VehicleId = vehicle,
        PromisedPickup = new PickupWindow(At.AddMinutes(10), At.AddMinutes(25)), RequestedAt = At,
    };

    private static PlannedRoute Route(string vehicle, params string[] rideIds) =>
        new(vehicle, [.. rideIds.SelectMany(id => new[] { new PlannedStop(id, true, At.AddMinutes(15)), new PlannedStop(id, false, At.AddMinutes(30)) })]);

    [Fact]
    public void Stops_of_rides_never_written_or_written_for_another_vehicle_are_dropped_and_the_rest_kept()
    {
        var plan = new RidePlan { Day = DateOnly.FromDateTime(At.DateTime), Routes = [Route("v1", "kept", "missing"), Route("v2", "elsewhere", "declined")] };
        var rides = new Dictionary<string, Ride>
        {
            ["kept"] = Scheduled("kept", "v1"),
            ["elsewhere"] = Scheduled("elsewhere", "v1"),
            ["declined"] = Scheduled("declined", "v2") with { Status = RideStatus.NotServed, VehicleId = null, PromisedPickup = null },
        };

        var read = RideBook.WithoutInterrupted(plan, rides);

        Assert.Equal(["kept", "kept"], read.Routes.Single(r => r.VehicleId == "v1").Stops.Select(s => s.RideId));
        Assert.Empty(read.Routes.Single(r => r.VehicleId == "v2").Stops);
    }

    [Fact]
    public void A_consistent_plan_is_returned_unchanged()
    {
        var plan = new RidePlan { Day = DateOnly.FromDateTime(At.DateTime), Routes = [Route("v1", "a")] };

        Assert.Same(plan, RideBook.WithoutInterrupted(plan, new Dictionary<string, Ride> { ["a"] = Scheduled("a", "v1") }));
    }
}

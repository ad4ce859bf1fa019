using CityOs.Disaster.Guidance;
using CityOs.Mobility.Rides;
using CityOs.Storage;

namespace CityOs.IntegrationTests;

/// <summary>
/// What the two stores say after a run (read from the services' SQLite files, the record): no evacuation ride
/// booked twice, no ride on two vehicles, and every ride Disaster counts on is scheduled in Mobility.
/// </summary>
internal static class EvacuationBookings
{
    public static async Task AssertNoneTwiceAsync(Topology topology, ITestOutputHelper output)
    {
        var mobility = new SqliteDocumentStore(topology.SqlitePath("mobility"));
        var rides = new RideStore(mobility);
        var evacuations = (await rides.ListAsync(default)).Where(r => r.IsEvacuation).ToList();
        var scheduled = evacuations.Where(r => r.Status == RideStatus.Scheduled).ToList();

        var disaster = new SqliteDocumentStore(topology.SqlitePath("disaster"));
        var guidance = new List<ResidentGuidance>();
        foreach (var district in HeavyRainDriver.Level3)
        {
            if (await disaster.GetAsync<DistrictPlanSet>(GuidanceEngine.Container, district, "plan-set") is { } set)
            {
                guidance.AddRange(set.Value.Guidance);
            }
        }

        var pickups = (await rides.ListPlansAsync(default)).SelectMany(p => p.Routes).SelectMany(r => r.Stops.Where(s => s.IsPickup).Select(s => (s.RideId, r.VehicleId))).ToList();
        output.WriteLine($"Mobility: {evacuations.Count} evacuation rides, {scheduled.Count} scheduled; Disaster: {guidance.Count(g => g.RideId is not null)} residents with a ride");

        Assert.All(pickups.GroupBy(p => p.RideId), ride => Assert.True(ride.Count() == 1, $"ride {ride.Key} is picked up {ride.Count()} times ({string.Join(", ", ride.Select(p => p.VehicleId))})"));
        Assert.All(guidance.Where(g => g.RideId is not null).GroupBy(g => g.RideId), g => Assert.Single(g));
        var scheduledIds = scheduled.Select(r => r.RideId).ToHashSet(StringComparer.Ordinal);
        Assert.All(guidance.Where(g => g.RideId is not null), g => Assert.Contains(g.RideId!, scheduledIds));
        // A resident is driven once: two scheduled evacuation rides for one rider would send two vehicles.
        Assert.All(scheduled.GroupBy(r => r.RiderPseudonym), rider => Assert.True(rider.Count() == 1, $"a rider has {rider.Count()} scheduled evacuation rides: {string.Join(", ", rider.Select(r => r.RideId))}"));
        Assert.Equal(guidance.Count(g => g.RideId is not null), scheduled.Count);
    }

    /// <summary>Nothing went to an error queue: a message there is a message the scenario lost.</summary>
    public static async Task AssertNoErrorQueueMessagesAsync(Topology topology, ITestOutputHelper output)
    {
        var queues = await topology.QueuesAsync();
        output.WriteLine($"RabbitMQ {topology.Name}: {queues.Count} queues, {queues.Values.Sum()} messages left ({string.Join(", ", queues.Where(q => q.Value > 0).Select(q => $"{q.Key} {q.Value}"))})");
        Assert.NotEmpty(queues);
        Assert.All(queues.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal) || q.Key.EndsWith("_skipped", StringComparison.Ordinal)), q => Assert.Equal(0, q.Value));
    }
}

using CityOs.Storage;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Rides one document each; the plan one document per operating day, guarded by its ETag; and per rider a
/// <see cref="RiderRides"/> index in the rider's own partition.
/// </summary>
public sealed class RideStore(IDocumentStore store)
{
    public const string Container = "mobility-rides";
    private const string Rides = "rides";
    private const string Plans = "plans";
    private const string RiderIndexId = "rides";
    private const int IndexAttempts = 10;

    public async Task<Ride?> GetAsync(string rideId, CancellationToken cancellationToken) =>
        (await store.GetAsync<Ride>(Container, Rides, rideId, cancellationToken))?.Value;

    public async Task<IReadOnlyList<Ride>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<Ride>(Container, Rides, cancellationToken: cancellationToken)).Select(d => d.Value)];

    public async Task SaveAsync(Ride ride, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync<Ride>(Container, Rides, ride.RideId, cancellationToken);
        if (existing is null)
        {
            await IndexAsync(ride, cancellationToken);
            await store.CreateAsync(Container, Rides, ride.RideId, ride, cancellationToken);
        }
        else
        {
            await store.ReplaceAsync(Container, Rides, ride.RideId, ride, existing.ETag, cancellationToken);
        }
    }

    /// <summary>The rider's rides, newest request first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Ride>> OfRiderAsync(string riderPseudonym, int limit, CancellationToken cancellationToken)
    {
        var index = await store.GetAsync<RiderRides>(Container, RiderPartition(riderPseudonym), RiderIndexId, cancellationToken);
        var rides = new List<Ride>();
        foreach (var rideId in (index?.Value.RideIds ?? []).Reverse().Take(limit))
        {
            if (await GetAsync(rideId, cancellationToken) is { } ride && ride.RiderPseudonym == riderPseudonym)
            {
                rides.Add(ride);
            }
        }

        return [.. rides.OrderByDescending(r => r.RequestedAt)];
    }

    /// <summary>The planned pickup time of a ride, refreshed by every re-plan from where the vehicle is.</summary>
    public async Task<DateTimeOffset?> EtaAsync(Ride ride, IEnumerable<FleetVehicle> fleet, CancellationToken cancellationToken)
    {
        if ((ride.EarliestPickup ?? ride.LatestArrival) is not { } when)
        {
            return null;
        }

        var (plan, _) = await GetPlanAsync(RideClock.DayOf(when), fleet, cancellationToken);
        return plan.Routes.SelectMany(r => r.Stops).FirstOrDefault(s => s.RideId == ride.RideId && s.IsPickup)?.At;
    }

    public async Task<(RidePlan Plan, string? ETag)> GetPlanAsync(DateOnly day, IEnumerable<FleetVehicle> fleet, CancellationToken cancellationToken)
    {
        var doc = await store.GetAsync<RidePlan>(Container, Plans, Key(day), cancellationToken);
        if (doc is not null)
        {
            // A vehicle added to the fleet file since the plan was made starts with an empty route.
            var routes = fleet.Select(v => doc.Value.Routes.FirstOrDefault(r => r.VehicleId == v.VehicleId) ?? new PlannedRoute(v.VehicleId, [])).ToList();
            return (doc.Value with { Routes = routes }, doc.ETag);
        }

        return (new RidePlan { Day = day, Routes = [.. fleet.Select(v => new PlannedRoute(v.VehicleId, []))] }, null);
    }

    public async Task<IReadOnlyList<RidePlan>> ListPlansAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<RidePlan>(Container, Plans, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Throws <see cref="DocumentConflictException"/> when another writer replaced the plan first.</summary>
    public async Task SavePlanAsync(RidePlan plan, string? etag, CancellationToken cancellationToken)
    {
        if (etag is null)
        {
            await store.CreateAsync(Container, Plans, Key(plan.Day), plan, cancellationToken);
        }
        else
        {
            await store.ReplaceAsync(Container, Plans, Key(plan.Day), plan, etag, cancellationToken);
        }
    }

    /// <summary>Adds a new ride to its rider's index: one ETag-checked write, re-read and retried on a lost race.</summary>
    private async Task IndexAsync(Ride ride, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ride.RiderPseudonym))
        {
            return;
        }

        var partition = RiderPartition(ride.RiderPseudonym);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.GetAsync<RiderRides>(Container, partition, RiderIndexId, cancellationToken);
            if (current?.Value.RideIds.Contains(ride.RideId) == true)
            {
                return;
            }

            var next = new RiderRides { RideIds = [.. current?.Value.RideIds ?? [], ride.RideId] };
            try
            {
                _ = current is null
                    ? await store.CreateAsync(Container, partition, RiderIndexId, next, cancellationToken)
                    : await store.ReplaceAsync(Container, partition, RiderIndexId, next, current.ETag, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < IndexAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    private static string RiderPartition(string riderPseudonym) => "rider-" + riderPseudonym;

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd");
}

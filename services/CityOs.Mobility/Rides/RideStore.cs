using CityOs.Storage;

namespace CityOs.Mobility.Rides;

/// <summary>Rides one document each; the plan one document per operating day, guarded by its ETag.</summary>
public sealed class RideStore(IDocumentStore store)
{
    public const string Container = "mobility-rides";
    private const string Rides = "rides";
    private const string Plans = "plans";

    public async Task<Ride?> GetAsync(string rideId, CancellationToken cancellationToken) =>
        (await store.GetAsync<Ride>(Container, Rides, rideId, cancellationToken))?.Value;

    public async Task<IReadOnlyList<Ride>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<Ride>(Container, Rides, cancellationToken: cancellationToken)).Select(d => d.Value)];

    public async Task SaveAsync(Ride ride, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync<Ride>(Container, Rides, ride.RideId, cancellationToken);
        if (existing is null)
        {
            await store.CreateAsync(Container, Rides, ride.RideId, ride, cancellationToken);
        }
        else
        {
            await store.ReplaceAsync(Container, Rides, ride.RideId, ride, existing.ETag, cancellationToken);
        }
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

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd");
}

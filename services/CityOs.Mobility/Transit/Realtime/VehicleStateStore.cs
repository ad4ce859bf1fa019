using CityOs.Storage;

namespace CityOs.Mobility.Transit.Realtime;

/// <summary>Vehicle states and assignments: a bus fleet of a city is a few hundred vehicles, one partition each kind.</summary>
public sealed class VehicleStateStore(IDocumentStore store)
{
    public const string Container = "mobility-vehicles";
    private const string States = "states";
    private const string Assignments = "assignments";

    public Task<StoredDocument<VehicleState>?> GetAsync(string vehicleId, CancellationToken cancellationToken) =>
        store.GetAsync<VehicleState>(Container, States, vehicleId, cancellationToken);

    public Task CreateAsync(VehicleState state, CancellationToken cancellationToken) =>
        store.CreateAsync(Container, States, state.VehicleId, state, cancellationToken);

    public Task ReplaceAsync(VehicleState state, string etag, CancellationToken cancellationToken) =>
        store.ReplaceAsync(Container, States, state.VehicleId, state, etag, cancellationToken);

    /// <summary>Vehicles heard from since <paramref name="since"/>; older fixes describe a bus that is off duty or out of reach.</summary>
    public async Task<IReadOnlyList<VehicleState>> ListFreshAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<VehicleState>(Container, States, cancellationToken: cancellationToken))
            .Select(d => d.Value).Where(v => v.ObservedAt >= since).OrderBy(v => v.VehicleId, StringComparer.Ordinal)];

    public async Task<VehicleAssignment?> GetAssignmentAsync(string vehicleId, CancellationToken cancellationToken) =>
        (await store.GetAsync<VehicleAssignment>(Container, Assignments, vehicleId, cancellationToken))?.Value;

    public async Task SetAssignmentAsync(VehicleAssignment assignment, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<VehicleAssignment>(Container, Assignments, assignment.VehicleId, cancellationToken);
            try
            {
                if (current is null)
                {
                    await store.CreateAsync(Container, Assignments, assignment.VehicleId, assignment, cancellationToken);
                }
                else
                {
                    await store.ReplaceAsync(Container, Assignments, assignment.VehicleId, assignment, current.ETag, cancellationToken);
                }

                return;
            }
            catch (DocumentConflictException)
            {
                // Assigned twice at once: the later one wins, as the operator's last word should.
            }
        }
    }
}

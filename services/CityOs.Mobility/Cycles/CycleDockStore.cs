using CityOs.Contracts.Sensors;
using CityOs.Storage;

namespace CityOs.Mobility.Cycles;

/// <summary>Catalogue and status in two small partitions: a city has dozens of docks, and the feeds list them all.</summary>
public sealed class CycleDockStore(IDocumentStore store)
{
    public const string Container = "mobility-cycles";
    private const string Catalogue = "docks";
    private const string Status = "status";
    private const int RecentLimit = 32;

    public async Task<IReadOnlyList<CycleDock>> ListDocksAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<CycleDock>(Container, Catalogue, cancellationToken: cancellationToken)).Select(d => d.Value)];

    public async Task<IReadOnlyList<CycleDockStatus>> ListStatusAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<CycleDockStatus>(Container, Status, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Idempotent: a restart leaves one document per dock, updated when the catalogue changed.</summary>
    public async Task SeedAsync(IEnumerable<CycleDock> docks, CancellationToken cancellationToken)
    {
        foreach (var dock in docks)
        {
            var existing = await store.GetAsync<CycleDock>(Container, Catalogue, dock.DockId, cancellationToken);
            if (existing is null)
            {
                await store.CreateAsync(Container, Catalogue, dock.DockId, dock, cancellationToken);
            }
            else if (existing.Value != dock)
            {
                await store.ReplaceAsync(Container, Catalogue, dock.DockId, dock, existing.ETag, cancellationToken);
            }
        }
    }

    /// <summary>Records a reading once; an older reading than the stored one only joins the seen list. Retries on a lost ETag race.</summary>
    public async Task<bool> RecordAsync(CycleDockObserved reading, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<CycleDockStatus>(Container, Status, reading.DockId, cancellationToken);
            if (current?.Value.RecentReadingIds.Contains(reading.ReadingId) == true)
            {
                return false;
            }

            var recent = (current?.Value.RecentReadingIds ?? []).Append(reading.ReadingId).TakeLast(RecentLimit).ToList();
            var status = current is not null && current.Value.LastReported > reading.ObservedAt
                ? current.Value with { RecentReadingIds = recent }
                : new CycleDockStatus { DockId = reading.DockId, BikesAvailable = reading.BikesAvailable, DocksFree = reading.DocksFree, LastReported = reading.ObservedAt, RecentReadingIds = recent };
            try
            {
                if (current is null)
                {
                    await store.CreateAsync(Container, Status, reading.DockId, status, cancellationToken);
                }
                else
                {
                    await store.ReplaceAsync(Container, Status, reading.DockId, status, current.ETag, cancellationToken);
                }

                return true;
            }
            catch (DocumentConflictException)
            {
            }
        }
    }
}

using CityOs.Childcare.Applications;
using CityOs.Childcare.Storage;
using CityOs.Storage;

namespace CityOs.Childcare.Allocation;

/// <summary>Runs partitioned by round like the applications they allocate; a run of 5,000 children is about 200 KB.</summary>
public sealed class AllocationRunStore(IDocumentStore store)
{
    public const string Container = "childcare-allocation-runs";

    public async Task<AllocationRun?> FindAsync(string id, CancellationToken cancellationToken) =>
        ApplicationIds.RoundOf(id) is { } round ? (await store.GetAsync<AllocationRun>(Container, round, id, cancellationToken))?.Value : null;

    public Task AddAsync(AllocationRun run, CancellationToken cancellationToken) =>
        store.CreateAsync(Container, run.Round, run.Id, run, cancellationToken);

    public async Task<IReadOnlyList<AllocationRun>> UncountedAsync(string round, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<AllocationRun>(Container, round, DocumentFilter.Where("counted", FilterOperator.Equal, false), cancellationToken)).Select(d => d.Value)];

    public Task MarkCountedAsync(AllocationRun run, CancellationToken cancellationToken) =>
        store.ApplyAsync<AllocationRun>(Container, run.Round, run.Id, r => r is null || r.Counted ? null : r with { Counted = true }, cancellationToken);
}

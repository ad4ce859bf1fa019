using System.Collections.Concurrent;
using CityOs.Storage;

namespace CityOs.Disaster.Guidance;

/// <summary>Individual evacuation plans: a document each (they change one at a time, by staff), indexed in memory for alerts.</summary>
public sealed class PlanStore(IDocumentStore store)
{
    public const string Container = "disaster-plans";
    private const string Partition = "plans";
    private readonly ConcurrentDictionary<string, (EvacuationPlan Plan, string ETag)> _plans = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EvacuationPlan> Snapshot() => _plans.ToDictionary(kv => kv.Key, kv => kv.Value.Plan, StringComparer.Ordinal);

    public EvacuationPlan? Find(string pseudonym) => _plans.TryGetValue(pseudonym, out var p) ? p.Plan : null;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var document in await store.QueryAsync<EvacuationPlan>(Container, Partition, cancellationToken: cancellationToken))
        {
            _plans[document.Id] = (document.Value, document.ETag);
        }
    }

    /// <summary>Creates or replaces; a stale ETag (another instance changed it) surfaces as a conflict.</summary>
    public async Task<EvacuationPlan> SaveAsync(EvacuationPlan plan, CancellationToken cancellationToken)
    {
        var written = _plans.TryGetValue(plan.Pseudonym, out var current)
            ? await store.ReplaceAsync(Container, Partition, plan.Pseudonym, plan, current.ETag, cancellationToken)
            : await store.CreateAsync(Container, Partition, plan.Pseudonym, plan, cancellationToken);
        _plans[plan.Pseudonym] = (plan, written.ETag);
        return plan;
    }
}

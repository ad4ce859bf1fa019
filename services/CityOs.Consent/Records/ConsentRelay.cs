using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Vault;
using CityOs.Storage;

namespace CityOs.Consent.Records;

/// <summary>
/// Delivers what a stored consent change owes — its ledger line, then its cache messages — and only
/// then removes it from the record's outbox. A crash in between leaves the effect in the document,
/// and the sweep delivers it again: cache messages are idempotent (per-entry sequences), and the
/// ledger line is looked up first on that path so the chain does not get it twice.
/// </summary>
public sealed class ConsentRelay(
    ConsentStore records,
    IdentityVault vault,
    PurposeCatalogue catalogue,
    SubjectLocks locks,
    DisclosureLedger ledger,
    ConsentChangePublisher publisher,
    ILogger<ConsentRelay> logger)
{
    /// <summary>The pseudonym domain under which ledger entries name residents.</summary>
    public const string LedgerDomain = "ledger";

    /// <summary>Ledger basis of a consent change: the record and the version that changed it.</summary>
    public static string BasisOf(ConsentRecord record, int version) => $"consent:{record.Id}@v{version}";

    /// <summary>
    /// The request's own delivery: the change is already stored (and already decides), so a broker or
    /// ledger failure here must not turn into an error for the resident — the sweep finishes the job,
    /// and domain caches fail closed meanwhile because heartbeats stop with the broker.
    /// </summary>
    public async Task TryDeliverAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(record, recovering: false, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Consent record {ConsentId} v{Version} is stored; its ledger line and cache messages wait for the outbox sweep: {Reason}", record.Id, record.Version, ex.Message);
        }
    }

    /// <param name="recovering">True on the sweep's path: the ledger line may already exist from a run that crashed before clearing.</param>
    public async Task DeliverAsync(ConsentRecord record, bool recovering, CancellationToken cancellationToken)
    {
        if (record.Pending.Count == 0)
        {
            return;
        }

        var subjectRef = await vault.PseudonymAsync(record.SubjectId, LedgerDomain, cancellationToken);
        var purpose = catalogue.Find(record.PurposeId)!;
        var existing = recovering
            ? (await ledger.ForSubjectAsync(subjectRef, cancellationToken)).Select(e => (e.Kind, e.Basis)).ToHashSet()
            : [];
        foreach (var effect in record.Pending.OrderBy(e => e.Version))
        {
            var basis = BasisOf(record, effect.Version);
            if (!existing.Contains((effect.LedgerKind, basis)))
            {
                await ledger.AppendAsync(new LedgerDraft(effect.LedgerKind, subjectRef, record.PurposeId, purpose.Source,
                    string.Join(',', record.Recipients), record.Categories, basis, Flagged: false), cancellationToken);
            }

            await publisher.PublishAsync(record, purpose, effect.CacheChange, cancellationToken);
        }

        await ClearAsync(record, [.. record.Pending.Select(e => e.Version)], cancellationToken);
    }

    /// <summary>Removes exactly the delivered effects: a change stored meanwhile keeps its own.</summary>
    private async Task ClearAsync(ConsentRecord delivered, HashSet<int> versions, CancellationToken cancellationToken)
    {
        using (await locks.AcquireAsync(delivered.SubjectId, cancellationToken))
        {
            while (true)
            {
                var current = await records.GetAsync(delivered.SubjectId, delivered.Id, cancellationToken);
                if (current is null || !current.Value.Pending.Any(e => versions.Contains(e.Version)))
                {
                    return;
                }

                var left = current.Value.Pending.Where(e => !versions.Contains(e.Version)).ToList();
                try
                {
                    await records.ReplaceAsync(current.Value with { Pending = left, PendingSince = left.Count == 0 ? null : left.Min(e => e.At) }, current.ETag, cancellationToken);
                    return;
                }
                catch (DocumentConflictException)
                {
                    // Another instance changed the record between our read and write: read it again.
                }
            }
        }
    }
}

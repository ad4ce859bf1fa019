using CityOs.Storage;
using Microsoft.Extensions.Logging;

namespace CityOs.Consent.Ledger;

/// <summary>
/// Append-only, hash-chained. Entry ids are zero-padded sequence numbers and entries are only ever
/// created (never replaced), so the create of entry n+1 is the commit point: two writers cannot both
/// append n+1, and a writer that lost the race reloads the tail and chains after it.
/// </summary>
public sealed class DisclosureLedger(IDocumentStore store, TimeProvider time, ILogger<DisclosureLedger> logger)
{
    public const string Container = "consent-ledger";
    public const string Partition = "chain";
    private readonly SemaphoreSlim _writer = new(1, 1);
    private (long Sequence, string Hash)? _tail;

    public static string IdOf(long sequence) => sequence.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<LedgerEntry> AppendAsync(LedgerDraft draft, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var (sequence, previous) = _tail ??= await FindTailAsync(cancellationToken);
                var entry = new LedgerEntry
                {
                    Sequence = sequence + 1,
                    At = time.GetUtcNow(),
                    Kind = draft.Kind,
                    SubjectRef = draft.SubjectRef,
                    PurposeId = draft.PurposeId,
                    Source = draft.Source,
                    Recipient = draft.Recipient,
                    Categories = draft.Categories,
                    Basis = draft.Basis,
                    Flagged = draft.Flagged,
                    PreviousHash = previous,
                    Hash = "",
                };
                entry = entry with { Hash = LedgerHash.Compute(entry) };
                try
                {
                    await store.CreateAsync(Container, Partition, IdOf(entry.Sequence), entry, cancellationToken);
                    _tail = (entry.Sequence, entry.Hash);
                    return entry;
                }
                catch (DocumentConflictException)
                {
                    logger.LogInformation("Ledger entry {Sequence} was appended by another writer; reloading the tail", entry.Sequence);
                    _tail = null;
                }
            }
        }
        catch
        {
            _tail = null;
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<LedgerEntry>> ForSubjectAsync(string subjectRef, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<LedgerEntry>(Container, Partition, DocumentFilter.Where("subjectRef", FilterOperator.Equal, subjectRef), cancellationToken)).Select(d => d.Value)];

    public async Task<IReadOnlyList<LedgerEntry>> FlaggedAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<LedgerEntry>(Container, Partition, DocumentFilter.Where("flagged", FilterOperator.Equal, true), cancellationToken)).Select(d => d.Value)];

    /// <summary>Recomputes the whole chain; reports the first entry whose hash or link does not match.</summary>
    public async Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var previous = LedgerHash.Genesis;
        long expected = 1, count = 0;
        await foreach (var entry in ReadAllAsync(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return new LedgerVerification(false, count, expected, $"entry {expected} is missing");
            }

            if (entry.PreviousHash != previous)
            {
                return new LedgerVerification(false, count, entry.Sequence, "does not chain to the previous entry");
            }

            if (LedgerHash.Compute(entry) != entry.Hash)
            {
                return new LedgerVerification(false, count, entry.Sequence, "content does not match its hash");
            }

            previous = entry.Hash;
            expected++;
            count++;
        }

        return new LedgerVerification(true, count, null, null);
    }

    private async IAsyncEnumerable<LedgerEntry> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = await store.QueryAsync<LedgerEntry>(Container, Partition,
                DocumentFilter.Where("sequence", FilterOperator.GreaterThan, after).Take(2000), cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var document in page)
            {
                yield return document.Value;
            }

            after = page[^1].Value.Sequence;
        }
    }

    /// <summary>
    /// Entries are numbered 1..n without gaps, so the tail is found with O(log n) point reads (gallop, then
    /// bisect) instead of reading the chain. If anything lies beyond that tail the chain has a hole
    /// (tampering, which verify reports), and only then is the whole chain read.
    /// </summary>
    private async Task<(long, string)> FindTailAsync(CancellationToken cancellationToken)
    {
        long present = 0, absent = 1;
        while (await EntryAsync(absent, cancellationToken) is not null)
        {
            present = absent;
            absent *= 2;
        }

        while (absent - present > 1)
        {
            var middle = present + ((absent - present) / 2);
            if (await EntryAsync(middle, cancellationToken) is null)
            {
                absent = middle;
            }
            else
            {
                present = middle;
            }
        }

        var beyond = await store.QueryAsync<LedgerEntry>(Container, Partition,
            DocumentFilter.Where("sequence", FilterOperator.GreaterThan, present).Take(1), cancellationToken);
        if (beyond.Count > 0)
        {
            logger.LogWarning("The ledger has a gap after entry {Sequence}; reading the whole chain to find its tail", present);
            (long, string) tail = (0, LedgerHash.Genesis);
            await foreach (var entry in ReadAllAsync(cancellationToken))
            {
                tail = (entry.Sequence, entry.Hash);
            }

            return tail;
        }

        return present == 0 ? (0, LedgerHash.Genesis) : (present, (await EntryAsync(present, cancellationToken))!.Hash);
    }

    private async Task<LedgerEntry?> EntryAsync(long sequence, CancellationToken cancellationToken) =>
        (await store.GetAsync<LedgerEntry>(Container, Partition, IdOf(sequence), cancellationToken))?.Value;
}

public sealed record LedgerVerification(bool Valid, long EntriesChecked, long? FirstBrokenSequence, string? Problem);

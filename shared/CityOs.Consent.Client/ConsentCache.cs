using CityOs.Contracts.Consent;
using Microsoft.Extensions.Options;

namespace CityOs.Consent.Client;

/// <summary>
/// Local copy of the consents that concern this process's domains, kept fresh by Consent's change
/// messages. It answers only while provably fresh: heartbeats recent and no change sequence missing.
/// Entries remember the sequence that set them, so reordered messages never resurrect a withdrawn consent.
/// </summary>
public sealed class ConsentCache(IOptions<ConsentClientOptions> options, TimeProvider time)
{
    // Reads are lock-free (the cached path must answer in microseconds); writes and sequence tracking share one lock.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CacheKey, Entry> _entries = new(KeyComparer.Instance);
    private readonly Lock _lock = new();
    private readonly SortedSet<long> _seenAhead = [];
    private long _contiguous = -1;
    private long _lastHeartbeatTicks;
    private long? _gapSinceTicks;

    public readonly record struct CacheKey(string Domain, string PurposeId, string Pseudonym);

    /// <summary>Pseudonyms are unique within a domain, so hashing the pseudonym alone spreads keys well and costs one string hash.</summary>
    private sealed class KeyComparer : IEqualityComparer<CacheKey>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(CacheKey x, CacheKey y) =>
            string.Equals(x.Pseudonym, y.Pseudonym, StringComparison.Ordinal)
            && string.Equals(x.PurposeId, y.PurposeId, StringComparison.Ordinal)
            && string.Equals(x.Domain, y.Domain, StringComparison.Ordinal);

        public int GetHashCode(CacheKey key) => key.Pseudonym.GetHashCode(StringComparison.Ordinal);
    }

    private sealed record Entry(bool Active, string[] Categories, string[] Recipients, DateTimeOffset ValidUntil, long Sequence);

    public long Sequence => Interlocked.Read(ref _contiguous);

    public int Count => _entries.Count;

    public bool IsFresh =>
        Interlocked.Read(ref _contiguous) >= 0
        && time.GetTimestamp() - Interlocked.Read(ref _lastHeartbeatTicks) < options.Value.StalenessBound.TotalSeconds * time.TimestampFrequency;

    /// <summary>The cached answer, or null when the cache cannot vouch for one (miss or in doubt).</summary>
    public ConsentCheck? TryCheck(string domain, string pseudonym, string purposeId, string recipient, IReadOnlyList<string> categories)
    {
        if (!IsFresh)
        {
            return null;
        }

        if (!_entries.TryGetValue(new CacheKey(domain, purposeId, pseudonym), out var entry))
        {
            return null;
        }

        if (!entry.Active || time.GetUtcNow() >= entry.ValidUntil)
        {
            return ConsentCheck.Deny("no-consent", fromCache: true);
        }

        if (Array.IndexOf(entry.Recipients, recipient) < 0)
        {
            return ConsentCheck.Deny("recipient-not-consented", fromCache: true);
        }

        var covered = 0;
        foreach (var category in categories)
        {
            if (Array.IndexOf(entry.Categories, category) >= 0)
            {
                covered++;
            }
        }

        if (covered == 0)
        {
            return ConsentCheck.Deny("categories-not-consented", fromCache: true);
        }

        // The common case, everything asked is consented, allocates nothing.
        return new ConsentCheck(true, covered == categories.Count ? categories : [.. categories.Where(c => Array.IndexOf(entry.Categories, c) >= 0)], null, true);
    }

    public void Apply(ConsentChanged change)
    {
        lock (_lock)
        {
            Observe(change.Sequence);
            if (!options.Value.Domains.Contains(change.Domain))
            {
                return;
            }

            var key = new CacheKey(change.Domain, change.PurposeId, change.Pseudonym);
            if (_entries.TryGetValue(key, out var existing) && existing.Sequence >= change.Sequence)
            {
                return;
            }

            var active = change.Change is "granted" or "renewed";
            _entries[key] = new Entry(active, [.. change.Categories], [.. change.Recipients], change.ValidUntil, change.Sequence);
        }
    }

    /// <summary>Stores an answer fetched from Consent, but only if nothing changed since Consent read it.</summary>
    public void Store(string domain, string pseudonym, string purposeId, ConsentStatus status)
    {
        lock (_lock)
        {
            if (status.AsOfSequence != _contiguous || _gapSinceTicks is not null || _seenAhead.Count > 0 || !options.Value.Domains.Contains(domain))
            {
                return;
            }

            var key = new CacheKey(domain, purposeId, pseudonym);
            if (_entries.TryGetValue(key, out var existing) && existing.Sequence > status.AsOfSequence)
            {
                return;
            }

            _entries[key] = new Entry(status.Active, [.. status.Categories], [.. status.Recipients], status.ValidUntil ?? DateTimeOffset.MinValue, status.AsOfSequence);
        }
    }

    public void Heartbeat(ConsentHeartbeat heartbeat)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_contiguous < 0)
            {
                // First contact: an empty cache is consistent with any sequence.
                _contiguous = heartbeat.Sequence;
                _seenAhead.RemoveWhere(s => s <= heartbeat.Sequence);
            }
            else if (heartbeat.Sequence > _contiguous)
            {
                _gapSinceTicks ??= now;
                if (now - _gapSinceTicks.Value > options.Value.GapGrace.TotalSeconds * time.TimestampFrequency)
                {
                    // A change was announced but never arrived: forget everything and refill from Consent.
                    _entries.Clear();
                    _seenAhead.Clear();
                    _contiguous = heartbeat.Sequence;
                    _gapSinceTicks = null;
                }
            }
            else
            {
                _gapSinceTicks = null;
            }

            Interlocked.Exchange(ref _lastHeartbeatTicks, now);
        }
    }

    private void Observe(long sequence)
    {
        if (_contiguous < 0 || sequence <= _contiguous)
        {
            return;
        }

        _seenAhead.Add(sequence);
        while (_seenAhead.Count > 0 && _seenAhead.Min == _contiguous + 1)
        {
            _contiguous = _seenAhead.Min;
            _seenAhead.Remove(_seenAhead.Min);
        }

        if (_seenAhead.Count == 0)
        {
            _gapSinceTicks = null;
        }
    }
}

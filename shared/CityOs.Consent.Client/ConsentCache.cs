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
    private readonly Dictionary<CacheKey, Entry> _entries = [];
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SortedSet<long> _seenAhead = [];
    private long _contiguous = -1;
    private long _lastHeartbeatTicks;
    private long? _gapSinceTicks;

    public readonly record struct CacheKey(string Domain, string PurposeId, string Pseudonym);

    private sealed record Entry(bool Active, string[] Categories, string[] Recipients, DateTimeOffset ValidUntil, long Sequence);

    public long Sequence => Interlocked.Read(ref _contiguous);

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _entries.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

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

        Entry? entry;
        _lock.EnterReadLock();
        try
        {
            if (!_entries.TryGetValue(new CacheKey(domain, purposeId, pseudonym), out entry))
            {
                return null;
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        if (!entry.Active || time.GetUtcNow() >= entry.ValidUntil)
        {
            return ConsentCheck.Deny("no-consent", fromCache: true);
        }

        if (Array.IndexOf(entry.Recipients, recipient) < 0)
        {
            return ConsentCheck.Deny("recipient-not-consented", fromCache: true);
        }

        var allowed = new List<string>(categories.Count);
        foreach (var category in categories)
        {
            if (Array.IndexOf(entry.Categories, category) >= 0)
            {
                allowed.Add(category);
            }
        }

        return allowed.Count == 0 ? ConsentCheck.Deny("categories-not-consented", fromCache: true) : new ConsentCheck(true, allowed, null, true);
    }

    public void Apply(ConsentChanged change)
    {
        _lock.EnterWriteLock();
        try
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
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Stores an answer fetched from Consent, but only if nothing changed since Consent read it.</summary>
    public void Store(string domain, string pseudonym, string purposeId, ConsentStatus status)
    {
        _lock.EnterWriteLock();
        try
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
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Heartbeat(ConsentHeartbeat heartbeat)
    {
        _lock.EnterWriteLock();
        try
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
        finally
        {
            _lock.ExitWriteLock();
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

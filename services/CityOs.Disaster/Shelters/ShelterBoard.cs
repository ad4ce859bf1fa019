using CityOs.Contracts.Sensors;
using CityOs.Storage;

namespace CityOs.Disaster.Shelters;

/// <summary>
/// Shelters with live occupancy. Held in memory for planning, written through to the store; one
/// writer at a time, so the ETag kept here is always the latest.
/// </summary>
public sealed class ShelterBoard(IDocumentStore store)
{
    public const string Container = "disaster-shelters";
    private const string Partition = "shelters";
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Dictionary<string, (Shelter Shelter, string ETag)> _shelters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastReading = new(StringComparer.Ordinal);

    public IReadOnlyList<Shelter> All()
    {
        lock (_shelters)
        {
            return [.. _shelters.Values.Select(v => v.Shelter).OrderBy(s => s.Id, StringComparer.Ordinal)];
        }
    }

    public Shelter? Find(string id)
    {
        lock (_shelters)
        {
            return _shelters.TryGetValue(id, out var v) ? v.Shelter : null;
        }
    }

    /// <summary>Keeps what the store holds (live state survives a restart) and adds shelters new in the seed file.</summary>
    public async Task SeedAsync(IEnumerable<Shelter> seed, CancellationToken cancellationToken)
    {
        var stored = (await store.QueryAsync<Shelter>(Container, Partition, cancellationToken: cancellationToken)).ToDictionary(d => d.Id);
        foreach (var shelter in seed)
        {
            var document = stored.GetValueOrDefault(shelter.Id) ?? await store.CreateAsync(Container, Partition, shelter.Id, shelter, cancellationToken);
            lock (_shelters)
            {
                _shelters[shelter.Id] = (document.Value, document.ETag);
            }
        }
    }

    /// <summary>Applies a counter reading unless it is a duplicate or older than what we have. Returns the shelter after the change.</summary>
    public Task<Shelter?> ObserveAsync(ShelterOccupancyObserved reading, CancellationToken cancellationToken) =>
        UpdateAsync(reading.ShelterId, s =>
        {
            if (_lastReading.GetValueOrDefault(s.Id) == reading.ReadingId || (s.OccupancyObservedAt is { } seen && seen > reading.ObservedAt))
            {
                return null;
            }

            _lastReading[s.Id] = reading.ReadingId;
            return s with { Occupancy = Math.Max(0, reading.PeoplePresent), Capacity = reading.Capacity ?? s.Capacity, OccupancyObservedAt = reading.ObservedAt };
        }, cancellationToken);

    public Task<Shelter?> SetOpenAsync(string id, bool open, CancellationToken cancellationToken) =>
        UpdateAsync(id, s => s.Open == open ? s : s with { Open = open }, cancellationToken);

    private async Task<Shelter?> UpdateAsync(string id, Func<Shelter, Shelter?> change, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            (Shelter Shelter, string ETag) current;
            lock (_shelters)
            {
                if (!_shelters.TryGetValue(id, out current))
                {
                    return null;
                }
            }

            if (change(current.Shelter) is not { } updated)
            {
                return current.Shelter;
            }

            if (updated == current.Shelter)
            {
                return updated;
            }

            var written = await store.ReplaceAsync(Container, Partition, id, updated, current.ETag, cancellationToken);
            lock (_shelters)
            {
                _shelters[id] = (updated, written.ETag);
            }

            return updated;
        }
        finally
        {
            _writer.Release();
        }
    }
}

using System.Collections.Concurrent;
using CityOs.Storage;

namespace CityOs.Disaster.Registry;

/// <summary>
/// The store is the record; an in-memory index per district is what alert handling reads, loaded once
/// at start, so a level-3 alert never waits on thousands of document reads.
/// </summary>
public sealed class RegistryStore(IDocumentStore store)
{
    public const string Container = "disaster-registry";
    private readonly ConcurrentDictionary<string, RegistryEntry> _byPseudonym = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, RegistryEntry>> _byDistrict = new(StringComparer.Ordinal);

    public int Count => _byPseudonym.Count;

    public RegistryEntry? Find(string pseudonym) => _byPseudonym.GetValueOrDefault(pseudonym);

    public IReadOnlyList<RegistryEntry> InDistrict(string district) =>
        _byDistrict.TryGetValue(district, out var entries) ? [.. entries.Values.OrderBy(e => e.Pseudonym, StringComparer.Ordinal)] : [];

    public int CountIn(string district) => _byDistrict.TryGetValue(district, out var entries) ? entries.Count : 0;

    public async Task LoadAsync(IEnumerable<string> districts, CancellationToken cancellationToken)
    {
        foreach (var district in districts)
        {
            foreach (var document in await store.QueryAsync<RegistryEntry>(Container, district, cancellationToken: cancellationToken))
            {
                Index(document.Value);
            }
        }
    }

    /// <summary>False when the pseudonym was registered before (a re-import of the same person).</summary>
    public async Task<bool> AddAsync(RegistryEntry entry, CancellationToken cancellationToken)
    {
        if (_byPseudonym.ContainsKey(entry.Pseudonym))
        {
            return false;
        }

        try
        {
            await store.CreateAsync(Container, entry.District, entry.Pseudonym, entry, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return false;
        }

        Index(entry);
        return true;
    }

    private void Index(RegistryEntry entry)
    {
        _byPseudonym[entry.Pseudonym] = entry;
        _byDistrict.GetOrAdd(entry.District, _ => new(StringComparer.Ordinal))[entry.Pseudonym] = entry;
    }
}

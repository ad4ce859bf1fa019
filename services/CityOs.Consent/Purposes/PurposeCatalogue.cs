using System.Text.Json;

namespace CityOs.Consent.Purposes;

/// <summary>The versioned catalogue in Data/purposes.json. Anything not in it is unknown, and unknown means deny.</summary>
public sealed class PurposeCatalogue
{
    private readonly Dictionary<string, Purpose> _purposes;
    private readonly Dictionary<string, DataCategory> _categories;

    public PurposeCatalogue(string version, IEnumerable<Purpose> purposes, IEnumerable<DataCategory> categories)
    {
        Version = version;
        _purposes = purposes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _categories = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var purpose in _purposes.Values)
        {
            var unknown = purpose.Categories.Where(c => !_categories.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidDataException($"Purpose '{purpose.Id}' names unknown categories: {string.Join(", ", unknown)}.");
            }
        }
    }

    public string Version { get; }

    public IReadOnlyCollection<Purpose> Purposes => _purposes.Values;

    public IReadOnlyCollection<DataCategory> Categories => _categories.Values;

    public Purpose? Find(string purposeId) => _purposes.GetValueOrDefault(purposeId);

    public bool IsKnownCategory(string category) => _categories.ContainsKey(category);

    public DataCategory? Category(string id) => _categories.GetValueOrDefault(id);

    public static PurposeCatalogue LoadEmbedded()
    {
        using var stream = typeof(PurposeCatalogue).Assembly.GetManifestResourceStream("purposes.json")
            ?? throw new InvalidOperationException("purposes.json is not embedded.");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("purposes.json is empty.");
        return new PurposeCatalogue(file.CatalogueVersion, file.Purposes, file.Categories);
    }

    private sealed record CatalogueFile(string CatalogueVersion, List<Purpose> Purposes, List<DataCategory> Categories);
}

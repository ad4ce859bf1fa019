namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>
/// A set of entity sources answered as one NGSI-LD context: the real city, or the sandbox. Subscriptions
/// and webhooks belong to one space, so sandbox traffic never touches city data.
/// </summary>
public sealed class EntitySpace(string name, IEnumerable<IEntitySource> sources)
{
    public const string City = "city";
    public const string Sandbox = "sandbox";

    private readonly Dictionary<string, IEntitySource> _byType = sources.SelectMany(s => s.Types.Select(t => (t, s))).ToDictionary(p => p.t, p => p.s, StringComparer.Ordinal);

    public string Name { get; } = name;

    public IReadOnlyCollection<string> Types => _byType.Keys;

    public bool Knows(string type) => _byType.ContainsKey(type);

    /// <summary>Entities of the given types (all types when null), fetched from their sources in parallel.</summary>
    public async Task<IReadOnlyList<NgsiEntity>> ListAsync(IReadOnlySet<string>? types, CancellationToken cancellationToken)
    {
        var wanted = types is null ? _byType.Keys.ToList() : types.Where(_byType.ContainsKey).ToList();
        var lists = await Task.WhenAll(wanted.Select(t => _byType[t].ListAsync(t, cancellationToken)));
        return [.. lists.SelectMany(l => l)];
    }

    public async Task<NgsiEntity?> FindAsync(string id, CancellationToken cancellationToken) =>
        NgsiIds.TypeOf(id) is { } type && Knows(type)
            ? (await _byType[type].ListAsync(type, cancellationToken)).FirstOrDefault(e => e.Id == id)
            : null;
}

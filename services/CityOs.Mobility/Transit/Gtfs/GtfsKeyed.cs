namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>Records of one file by id, remembering each id's line so later reference errors can point back to it.</summary>
public sealed class GtfsKeyed<T>(string fileName, string idColumn)
{
    private readonly Dictionary<string, (T Value, int Line)> _items = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IEnumerable<T> Values => _items.Values.Select(i => i.Value);

    public T this[string id] => _items[id].Value;

    public bool Contains(string id) => _items.ContainsKey(id);

    public bool TryGet(string id, out T value)
    {
        var found = _items.TryGetValue(id, out var item);
        value = item.Value;
        return found;
    }

    public int LineOf(string id) => _items[id].Line;

    public void Add(string id, T value, GtfsRecord record, GtfsIssues issues)
    {
        if (!_items.TryAdd(id, (value, record.Line)))
        {
            issues.Add(fileName, record.Line, $"{idColumn} '{id}' is duplicated (first on line {_items[id].Line})");
        }
    }

    public void Replace(string id, T value) => _items[id] = (value, _items[id].Line);
}

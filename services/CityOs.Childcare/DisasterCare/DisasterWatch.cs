using System.Collections.Concurrent;

namespace CityOs.Childcare.DisasterCare;

/// <summary>The disaster declarations currently in force, by district, as Disaster announced them on the bus.</summary>
public sealed class DisasterWatch(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (IReadOnlyList<string> Districts, DateTimeOffset Until)> _declarations = new();

    public void Declare(Guid id, IReadOnlyList<string> districts, DateTimeOffset until) => _declarations[id] = (districts, until);

    public void End(Guid id) => _declarations.TryRemove(id, out _);

    public bool IsDeclared(string district) =>
        _declarations.Values.Any(d => d.Until > time.GetUtcNow() && d.Districts.Contains(district));
}

using CityOs.Gateway.Ngsi;

namespace CityOs.Gateway.Webhooks;

/// <summary>
/// Remembers each entity's attributes per space and type and reports what changed. The first look at a
/// type only sets the baseline: a new subscriber is not flooded with the whole city.
/// </summary>
public sealed class ChangeDetector
{
    private readonly Dictionary<(string Space, string Type), Dictionary<string, Dictionary<string, string>>> _seen = [];

    public IReadOnlyList<EntityChange> Observe(string space, string type, IReadOnlyList<NgsiEntity> entities)
    {
        var current = entities.ToDictionary(e => e.Id, Attributes, StringComparer.Ordinal);
        var known = _seen.TryGetValue((space, type), out var previous);
        _seen[(space, type)] = current;
        if (!known)
        {
            return [];
        }

        var changes = new List<EntityChange>();
        foreach (var entity in entities)
        {
            var now = current[entity.Id];
            if (!previous!.TryGetValue(entity.Id, out var before))
            {
                changes.Add(new EntityChange(entity, true, now.Keys.ToHashSet(StringComparer.Ordinal)));
                continue;
            }

            var changed = now.Where(a => !before.TryGetValue(a.Key, out var old) || old != a.Value).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            if (changed.Count > 0)
            {
                changes.Add(new EntityChange(entity, false, changed));
            }
        }

        return changes;
    }

    private static Dictionary<string, string> Attributes(NgsiEntity entity)
    {
        var json = entity.ToJson();
        return entity.AttributeNames.ToDictionary(n => n, n => json[n]!.ToJsonString(), StringComparer.Ordinal);
    }
}

using System.Text.Json.Nodes;

namespace CityOs.Gateway.Ngsi;

/// <summary>
/// One NGSI-LD entity in normalised form: each attribute is a Property, GeoProperty or Relationship
/// object. Only open, non-personal attributes are ever put here.
/// </summary>
public sealed class NgsiEntity
{
    private readonly Dictionary<string, JsonObject> _attributes = new(StringComparer.Ordinal);

    public NgsiEntity(string type, string localId)
    {
        Type = type;
        Id = NgsiIds.For(type, localId);
    }

    public string Id { get; }

    public string Type { get; }

    public GeoPoint? Location { get; private set; }

    public IEnumerable<string> AttributeNames => _attributes.Keys;

    public NgsiEntity Property(string name, JsonNode? value, DateTimeOffset? observedAt = null, string? unitCode = null)
    {
        if (value is null)
        {
            return this;
        }

        var attribute = new JsonObject { ["type"] = "Property", ["value"] = value };
        if (observedAt is { } at)
        {
            attribute["observedAt"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (unitCode is not null)
        {
            attribute["unitCode"] = unitCode;
        }

        _attributes[name] = attribute;
        return this;
    }

    public NgsiEntity Relationship(string name, string objectId)
    {
        _attributes[name] = new JsonObject { ["type"] = "Relationship", ["object"] = objectId };
        return this;
    }

    public NgsiEntity At(double lon, double lat)
    {
        Location = new GeoPoint(lon, lat);
        _attributes["location"] = new JsonObject
        {
            ["type"] = "GeoProperty",
            ["value"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
        };
        return this;
    }

    public bool Has(string name) => _attributes.ContainsKey(name);

    /// <summary>What a q-query compares: a Property's value or a Relationship's object.</summary>
    public JsonNode? ValueOf(string name) => _attributes.TryGetValue(name, out var attribute)
        ? attribute["value"] ?? attribute["object"]
        : null;

    /// <summary>The entity as JSON; <paramref name="attributes"/> limits the attributes (NGSI-LD <c>attrs</c>), <paramref name="context"/> adds <c>@context</c>.</summary>
    public JsonObject ToJson(IReadOnlyCollection<string>? attributes = null, string? context = null)
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        foreach (var (name, attribute) in _attributes)
        {
            if (attributes is null || attributes.Contains(name))
            {
                json[name] = attribute.DeepClone();
            }
        }

        if (context is not null)
        {
            json["@context"] = context;
        }

        return json;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace CityOs.Gateway.Ngsi.Subscriptions;

/// <summary>A stored subscription in NGSI-LD's Subscription shape.</summary>
public static class SubscriptionJson
{
    public static JsonObject From(NgsiSubscription s, string? context)
    {
        var json = new JsonObject
        {
            ["id"] = s.Id,
            ["type"] = "Subscription",
            ["entities"] = new JsonArray([.. s.EntityTypes.Select((t, i) => (JsonNode)Selector(t, s.EntityIds))]),
            ["notification"] = new JsonObject
            {
                ["endpoint"] = new JsonObject { ["uri"] = s.NotificationUri, ["accept"] = s.NotificationAccept },
                ["format"] = "normalized",
            },
            ["isActive"] = true,
            ["status"] = "active",
            ["createdAt"] = s.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        };
        if (s.NotificationAttributes is { } attributes)
        {
            json["notification"]!["attributes"] = Array(attributes);
        }

        if (s.WatchedAttributes is { } watched)
        {
            json["watchedAttributes"] = Array(watched);
        }

        if (s.Q is not null)
        {
            json["q"] = s.Q;
        }

        if (s.GeoQ is { } geo)
        {
            json["geoQ"] = new JsonObject { ["georel"] = geo.Georel, ["geometry"] = geo.Geometry, ["coordinates"] = JsonNode.Parse(geo.Coordinates) };
        }

        if (s.Description is not null)
        {
            json["description"] = s.Description;
        }

        if (context is not null)
        {
            json["@context"] = context;
        }

        return json;
    }

    private static JsonObject Selector(string type, IReadOnlyList<string>? ids) =>
        ids is { Count: 1 } ? new JsonObject { ["type"] = type, ["id"] = ids[0] } : new JsonObject { ["type"] = type };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CityOs.Gateway.Ngsi.Query;
using CityOs.Gateway.Webhooks;

namespace CityOs.Gateway.Ngsi.Subscriptions;

/// <summary>Reads an NGSI-LD subscription body; every fault names the member so a partner can fix it.</summary>
public static class SubscriptionRequest
{
    public static NgsiSubscription? Parse(JsonObject body, string clientId, string space, DateTimeOffset now, bool allowHttp, out IResult? error)
    {
        error = null;
        if (body["type"]?.GetValue<string>() is { } type && type != "Subscription")
        {
            error = NgsiErrors.BadRequest("type must be \"Subscription\".", "type");
            return null;
        }

        var id = body["id"] is { } idNode ? idNode.GetValue<string>() : $"urn:ngsi-ld:Subscription:{Guid.NewGuid():N}";
        if (!NgsiIds.IsUri(id))
        {
            error = NgsiErrors.BadRequest($"'{id}' is not a URI.", "id");
            return null;
        }

        var types = new List<string>();
        var ids = new List<string>();
        if (body["entities"] is JsonArray entities && entities.Count > 0)
        {
            foreach (var selector in entities.OfType<JsonObject>())
            {
                if (selector["type"]?.GetValue<string>() is not { Length: > 0 } entityType)
                {
                    error = NgsiErrors.BadRequest("Each entities[] item needs a type such as \"Shelter\".", "entities");
                    return null;
                }

                types.Add(entityType);
                if (selector["id"]?.GetValue<string>() is { } entityId)
                {
                    ids.Add(entityId);
                }
            }
        }
        else
        {
            error = NgsiErrors.BadRequest("entities must list at least one {\"type\": ...}.", "entities");
            return null;
        }

        var q = body["q"]?.GetValue<string>();
        if (q is not null && QExpression.Parse(q, out var qError) is null)
        {
            error = NgsiErrors.BadRequest(qError!, "q");
            return null;
        }

        GeoQ? geoQ = null;
        if (body["geoQ"] is JsonObject geo)
        {
            geoQ = new GeoQ(geo["georel"]?.GetValue<string>() ?? "", geo["geometry"]?.GetValue<string>() ?? "", geo["coordinates"]?.ToJsonString() ?? "");
            if (GeoQuery.Parse(geoQ.Georel, geoQ.Geometry, geoQ.Coordinates, out var geoError) is null)
            {
                error = NgsiErrors.BadRequest(geoError!.Value.Detail, "geoQ." + geoError.Value.Parameter);
                return null;
            }
        }

        var notification = body["notification"] as JsonObject;
        var endpoint = notification?["endpoint"] as JsonObject;
        var uri = endpoint?["uri"]?.GetValue<string>();
        if (NotificationUrl.Check(uri, allowHttp) is { } uriError)
        {
            error = NgsiErrors.BadRequest(uriError, "notification.endpoint.uri");
            return null;
        }

        var accept = endpoint?["accept"]?.GetValue<string>() ?? "application/json";
        if (accept is not ("application/json" or NgsiContext.LdJson))
        {
            error = NgsiErrors.BadRequest("accept must be application/json or application/ld+json.", "notification.endpoint.accept");
            return null;
        }

        try
        {
            return new NgsiSubscription
            {
                Id = id,
                ClientId = clientId,
                Space = space,
                EntityTypes = types,
                EntityIds = ids.Count > 0 ? ids : null,
                WatchedAttributes = Strings(body["watchedAttributes"]),
                Q = q,
                GeoQ = geoQ,
                NotificationUri = uri!,
                NotificationAccept = accept,
                NotificationAttributes = Strings(notification?["attributes"]),
                Description = body["description"]?.GetValue<string>(),
                CreatedAt = now,
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException)
        {
            error = NgsiErrors.BadRequest("watchedAttributes and notification.attributes must be arrays of attribute names.", "watchedAttributes");
            return null;
        }
    }

    private static List<string>? Strings(JsonNode? node) => node is JsonArray array && array.Count > 0 ? [.. array.Select(n => n!.GetValue<string>())] : null;
}

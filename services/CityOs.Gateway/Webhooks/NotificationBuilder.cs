using System.Globalization;
using System.Text.Json.Nodes;
using CityOs.Gateway.Ngsi;
using CityOs.Gateway.Ngsi.Subscriptions;

namespace CityOs.Gateway.Webhooks;

/// <summary>Turns changes into deliveries: NGSI-LD notifications for subscriptions, signed event calls for webhooks.</summary>
public sealed class NotificationBuilder(TimeProvider time)
{
    public Delivery? ForSubscription(NgsiSubscription subscription, IReadOnlyList<EntityChange> changes, string contextUrl)
    {
        var filter = subscription.Filter();
        var watched = subscription.WatchedAttributes;
        var matching = changes
            .Where(c => filter.Matches(c.Entity) && (watched is null || c.IsNew || watched.Any(c.ChangedAttributes.Contains)))
            .Select(c => c.Entity)
            .ToList();
        if (matching.Count == 0)
        {
            return null;
        }

        var ld = subscription.NotificationAccept == NgsiContext.LdJson;
        var attributes = subscription.NotificationAttributes?.ToHashSet(StringComparer.Ordinal);
        var id = Guid.NewGuid().ToString("N");
        var body = new JsonObject
        {
            ["id"] = $"urn:ngsi-ld:Notification:{id}",
            ["type"] = "Notification",
            ["subscriptionId"] = subscription.Id,
            ["notifiedAt"] = Timestamp(),
            ["data"] = NgsiResponses.Entities(matching, attributes, ld ? contextUrl : null),
        };
        return new Delivery
        {
            Id = id,
            ClientId = subscription.ClientId,
            Kind = Delivery.SubscriptionKind,
            TargetId = subscription.Id,
            Url = subscription.NotificationUri,
            Event = "ngsi-ld.notification",
            Body = body.ToJsonString(),
            ContentType = ld ? NgsiContext.LdJson : "application/json",
            Link = ld ? null : $"<{contextUrl}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"{NgsiContext.LdJson}\"",
        };
    }

    public Delivery? ForWebhook(Webhook webhook, string eventName, IReadOnlyList<EntityChange> changes)
    {
        if (!webhook.Events.Contains(eventName))
        {
            return null;
        }

        // An alert is an occurrence: only new ones are "raised"; other events follow every change.
        var entities = changes.Where(c => eventName != WebhookEvents.AlertRaised || c.IsNew).Select(c => c.Entity).ToList();
        if (entities.Count == 0)
        {
            return null;
        }

        var id = Guid.NewGuid().ToString("N");
        var body = new JsonObject
        {
            ["id"] = id,
            ["event"] = eventName,
            ["space"] = webhook.Space,
            ["occurredAt"] = Timestamp(),
            ["data"] = NgsiResponses.Entities(entities, null, null),
        };
        return new Delivery
        {
            Id = id,
            ClientId = webhook.ClientId,
            Kind = Delivery.WebhookKind,
            TargetId = webhook.Id,
            Url = webhook.Url,
            Event = eventName,
            Body = body.ToJsonString(),
            ContentType = "application/json",
            Secret = webhook.Secret,
        };
    }

    private string Timestamp() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}

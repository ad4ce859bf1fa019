using System.Collections.Concurrent;
using CityOs.Gateway.Ngsi.Subscriptions;
using CityOs.Storage;

namespace CityOs.Gateway.Webhooks;

/// <summary>
/// Every partner's subscriptions and webhooks, held in memory for the watcher. The store stays the record:
/// changes made here are written there first, and a periodic refresh picks up other instances' changes.
/// </summary>
public sealed class NotificationRegistry(IDocumentStore store)
{
    private ConcurrentDictionary<string, NgsiSubscription> _subscriptions = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Webhook> _webhooks = new(StringComparer.Ordinal);

    public bool Loaded { get; private set; }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await store.ScanAsync<NgsiSubscription>(NgsiSubscription.Container, cancellationToken: cancellationToken);
        var webhooks = await store.ScanAsync<Webhook>(Webhook.Container, cancellationToken: cancellationToken);
        _subscriptions = new(subscriptions.Select(d => KeyValuePair.Create(Key(d.Value.ClientId, d.Value.Id), d.Value)), StringComparer.Ordinal);
        _webhooks = new(webhooks.Select(d => KeyValuePair.Create(Key(d.Value.ClientId, d.Value.Id), d.Value)), StringComparer.Ordinal);
        Loaded = true;
    }

    public IEnumerable<NgsiSubscription> Subscriptions(string space) => _subscriptions.Values.Where(s => s.Space == space);

    public IEnumerable<Webhook> Webhooks(string space) => _webhooks.Values.Where(w => w.Space == space);

    public void Put(NgsiSubscription subscription) => _subscriptions[Key(subscription.ClientId, subscription.Id)] = subscription;

    public void Put(Webhook webhook) => _webhooks[Key(webhook.ClientId, webhook.Id)] = webhook;

    public void RemoveSubscription(string clientId, string id) => _subscriptions.TryRemove(Key(clientId, id), out _);

    public void RemoveWebhook(string clientId, string id) => _webhooks.TryRemove(Key(clientId, id), out _);

    private static string Key(string clientId, string id) => clientId + "\n" + id;
}

using CityOs.Gateway.Webhooks;
using CityOs.Storage;

namespace CityOs.Gateway.Ngsi.Subscriptions;

/// <summary>NGSI-LD subscriptions in the partner's own partition: another partner's ids are simply not there.</summary>
public sealed class SubscriptionStore(IDocumentStore store, NotificationRegistry registry)
{
    public async Task<NgsiSubscription> CreateAsync(NgsiSubscription subscription, CancellationToken cancellationToken)
    {
        await store.CreateAsync(NgsiSubscription.Container, subscription.ClientId, Key(subscription.Id), subscription, cancellationToken);
        registry.Put(subscription);
        return subscription;
    }

    public async Task<IReadOnlyList<NgsiSubscription>> ListAsync(string clientId, string space, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<NgsiSubscription>(NgsiSubscription.Container, clientId, cancellationToken: cancellationToken)).Select(d => d.Value).Where(s => s.Space == space)];

    public async Task<NgsiSubscription?> GetAsync(string clientId, string space, string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<NgsiSubscription>(NgsiSubscription.Container, clientId, Key(id), cancellationToken))?.Value is { } s && s.Space == space ? s : null;

    public async Task<bool> DeleteAsync(string clientId, string space, string id, CancellationToken cancellationToken)
    {
        if (await GetAsync(clientId, space, id, cancellationToken) is null)
        {
            return false;
        }

        var deleted = await store.DeleteAsync(NgsiSubscription.Container, clientId, Key(id), cancellationToken: cancellationToken);
        registry.RemoveSubscription(clientId, id);
        return deleted;
    }

    /// <summary>URNs hold colons; the store's ids are kept to URL-safe characters.</summary>
    private static string Key(string id) => Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(id));
}

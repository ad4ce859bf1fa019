using CityOs.Storage;

namespace CityOs.Gateway.Webhooks;

/// <summary>Webhooks in the partner's own partition: reads never leave it, so no partner can list another's.</summary>
public sealed class WebhookStore(IDocumentStore store, NotificationRegistry registry)
{
    public async Task<Webhook> CreateAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        await store.CreateAsync(Webhook.Container, webhook.ClientId, webhook.Id, webhook, cancellationToken);
        registry.Put(webhook);
        return webhook;
    }

    public async Task<IReadOnlyList<Webhook>> ListAsync(string clientId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<Webhook>(Webhook.Container, clientId, cancellationToken: cancellationToken)).Select(d => d.Value).OrderBy(w => w.CreatedAt)];

    public async Task<Webhook?> GetAsync(string clientId, string id, CancellationToken cancellationToken) =>
        (await store.GetAsync<Webhook>(Webhook.Container, clientId, id, cancellationToken))?.Value;

    public async Task<bool> DeleteAsync(string clientId, string id, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(Webhook.Container, clientId, id, cancellationToken: cancellationToken);
        registry.RemoveWebhook(clientId, id);
        return deleted;
    }
}

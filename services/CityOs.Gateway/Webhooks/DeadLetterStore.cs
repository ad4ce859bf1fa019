using CityOs.Storage;

namespace CityOs.Gateway.Webhooks;

/// <summary>Dead letters, one document each in the partner's own partition.</summary>
public sealed class DeadLetterStore(IDocumentStore store, TimeProvider time)
{
    public Task AddAsync(Delivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken) =>
        store.CreateAsync(DeadLetter.Container, delivery.ClientId, delivery.Id, new DeadLetter
        {
            Id = delivery.Id,
            ClientId = delivery.ClientId,
            Kind = delivery.Kind,
            TargetId = delivery.TargetId,
            Url = delivery.Url,
            Event = delivery.Event,
            Body = delivery.Body,
            ContentType = delivery.ContentType,
            Link = delivery.Link,
            Attempts = delivery.PreviousAttempts + outcome.Attempts,
            LastStatus = outcome.LastStatus,
            LastError = outcome.LastError,
            DeadAt = time.GetUtcNow(),
        }, cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string clientId, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<DeadLetter>(DeadLetter.Container, clientId, cancellationToken: cancellationToken)).Select(d => d.Value).OrderByDescending(d => d.DeadAt)];

    public Task<StoredDocument<DeadLetter>?> GetAsync(string clientId, string id, CancellationToken cancellationToken) =>
        store.GetAsync<DeadLetter>(DeadLetter.Container, clientId, id, cancellationToken);

    public Task ReplaceAsync(StoredDocument<DeadLetter> document, DeadLetter value, CancellationToken cancellationToken) =>
        store.ReplaceAsync(DeadLetter.Container, document.Partition, document.Id, value, document.ETag, cancellationToken);

    public Task<bool> DeleteAsync(string clientId, string id, string? etag, CancellationToken cancellationToken) =>
        store.DeleteAsync(DeadLetter.Container, clientId, id, etag, cancellationToken);
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;

namespace CityOs.Storage;

/// <summary>
/// The distributed store: one Cosmos container per store container name (partition key <c>/pk</c>),
/// each document an envelope <c>{ id, pk, body }</c>. Every write is a single ETag-checked item
/// operation, which real Cosmos DB and the local emulator both honour.
/// </summary>
public sealed partial class CosmosDocumentStore : IDocumentStore, IDisposable
{
    private readonly CosmosClient _client;
    private readonly string _databaseName;
    private readonly CosmosResilience _resilience;
    private readonly ConcurrentDictionary<string, Lazy<Task<Container>>> _containers = new();
    private Lazy<Task<Database>> _database;

    public CosmosDocumentStore(StoreOptions options)
    {
        _client = CosmosClientFactory.Create(options);
        _databaseName = options.CosmosDatabase;
        _resilience = new CosmosResilience(options.CosmosMaxRetries, TimeSpan.FromMilliseconds(200));
        _database = NewDatabaseInit();
    }

    public Task<StoredDocument<T>?> GetAsync<T>(string container, string partition, string id, CancellationToken cancellationToken = default) =>
        _resilience.RunAsync(async token =>
        {
            var items = await GetContainerAsync(container, token);
            try
            {
                var response = await items.ReadItemAsync<CosmosEnvelope>(CosmosEnvelope.ValidId(id), new PartitionKey(partition), cancellationToken: token);
                return response.Resource.Unwrap<T>(response.ETag);
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }, cancellationToken);

    public Task<IReadOnlyList<StoredDocument<T>>> QueryAsync<T>(string container, string partition, DocumentFilter? filter = null, CancellationToken cancellationToken = default) =>
        SelectAsync<T>(container, partition, filter, cancellationToken);

    public Task<IReadOnlyList<StoredDocument<T>>> ScanAsync<T>(string container, DocumentFilter? filter = null, CancellationToken cancellationToken = default) =>
        SelectAsync<T>(container, partition: null, filter, cancellationToken);

    public Task<StoredDocument<T>> CreateAsync<T>(string container, string partition, string id, T value, CancellationToken cancellationToken = default) =>
        _resilience.RunAsync(async token =>
        {
            var items = await GetContainerAsync(container, token);
            try
            {
                var response = await items.CreateItemAsync(CosmosEnvelope.Wrap(partition, id, value), new PartitionKey(partition), NoContent, token);
                return new StoredDocument<T>(id, partition, response.ETag, value);
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                throw new DocumentConflictException(container, id);
            }
        }, cancellationToken);

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, string partition, string id, T value, string etag, CancellationToken cancellationToken = default) =>
        _resilience.RunAsync(async token =>
        {
            var items = await GetContainerAsync(container, token);
            try
            {
                var response = await items.ReplaceItemAsync(CosmosEnvelope.Wrap(partition, id, value), id, new PartitionKey(partition),
                    new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false }, token);
                return new StoredDocument<T>(id, partition, response.ETag, value);
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                throw new DocumentConflictException(container, id);
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                throw new DocumentNotFoundException(container, id);
            }
        }, cancellationToken);

    public Task<bool> DeleteAsync(string container, string partition, string id, string? etag = null, CancellationToken cancellationToken = default) =>
        _resilience.RunAsync(async token =>
        {
            var items = await GetContainerAsync(container, token);
            using var response = await items.DeleteItemStreamAsync(CosmosEnvelope.ValidId(id), new PartitionKey(partition),
                etag is null ? null : new ItemRequestOptions { IfMatchEtag = etag }, token);
            return response.StatusCode switch
            {
                HttpStatusCode.NotFound => false,
                HttpStatusCode.PreconditionFailed => throw new DocumentConflictException(container, id),
                _ => response.EnsureSuccessStatusCode().IsSuccessStatusCode,
            };
        }, cancellationToken);

    /// <summary>Reads the database: a round trip through auth and the gateway; "not created yet" still counts as reachable.</summary>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        _resilience.RunAsync(async token =>
        {
            using var response = await _client.GetDatabase(_databaseName).ReadStreamAsync(cancellationToken: token);
            return response.StatusCode == HttpStatusCode.NotFound || response.EnsureSuccessStatusCode().IsSuccessStatusCode;
        }, cancellationToken);

    public void Dispose() => _client.Dispose();

    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };
}

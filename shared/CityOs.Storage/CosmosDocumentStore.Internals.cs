using Microsoft.Azure.Cosmos;

namespace CityOs.Storage;

public sealed partial class CosmosDocumentStore
{
    private Task<IReadOnlyList<StoredDocument<T>>> SelectAsync<T>(string container, string? partition, DocumentFilter? filter, CancellationToken cancellationToken)
    {
        var query = CosmosQuery.Build(partition, filter);
        var options = new QueryRequestOptions { PartitionKey = partition is null ? null : new PartitionKey(partition) };
        return _resilience.RunAsync<IReadOnlyList<StoredDocument<T>>>(async token =>
        {
            var items = await GetContainerAsync(container, token);
            var results = new List<StoredDocument<T>>();
            using var iterator = items.GetItemQueryIterator<CosmosEnvelope>(query, requestOptions: options);
            while (iterator.HasMoreResults)
            {
                foreach (var envelope in await iterator.ReadNextAsync(token))
                {
                    results.Add(envelope.Unwrap<T>(envelope.ETag ?? throw new InvalidDataException("Query result without _etag.")));
                }
            }

            return results;
        }, cancellationToken);
    }

    /// <summary>Creates database and container on first use; a failed attempt is forgotten so the next call tries again.</summary>
    private async Task<Container> GetContainerAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = _containers.GetOrAdd(name, n => new Lazy<Task<Container>>(() => CreateContainerAsync(n)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            _containers.TryRemove(new KeyValuePair<string, Lazy<Task<Container>>>(name, lazy));
            throw;
        }
    }

    private async Task<Container> CreateContainerAsync(string name)
    {
        var database = await EnsureDatabaseAsync();
        var properties = new ContainerProperties(name, "/pk");
        // Scans order by (pk, id) across partitions, which real Cosmos DB serves only from a composite index.
        properties.IndexingPolicy.CompositeIndexes.Add([
            new CompositePath { Path = "/pk", Order = CompositePathSortOrder.Ascending },
            new CompositePath { Path = "/id", Order = CompositePathSortOrder.Ascending },
        ]);
        var response = await database.CreateContainerIfNotExistsAsync(properties);
        return response.Container;
    }

    private async Task<Database> EnsureDatabaseAsync()
    {
        var current = _database;
        try
        {
            return await current.Value;
        }
        catch
        {
            Interlocked.CompareExchange(ref _database, NewDatabaseInit(), current);
            throw;
        }
    }

    private Lazy<Task<Database>> NewDatabaseInit() =>
        new(async () => (await _client.CreateDatabaseIfNotExistsAsync(_databaseName)).Database);
}

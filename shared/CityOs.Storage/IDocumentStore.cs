namespace CityOs.Storage;

/// <summary>
/// The document store every service uses. Each state change is one document write with an ETag
/// check, which SQLite, Azure Cosmos DB and the Cosmos emulator all support; that is why there is
/// no multi-document transaction here (see docs/architecture.md).
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument<T>?> GetAsync<T>(string container, string partition, string id, CancellationToken cancellationToken = default);

    /// <summary>Documents of one partition, ordered by id.</summary>
    Task<IReadOnlyList<StoredDocument<T>>> QueryAsync<T>(string container, string partition, DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queries every partition of a container. For reports and maintenance sweeps (statistics, expiry),
    /// never on a request path: on Cosmos DB it fans out to every physical partition.
    /// </summary>
    Task<IReadOnlyList<StoredDocument<T>>> ScanAsync<T>(string container, DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a document; throws <see cref="DocumentConflictException"/> if the id already exists in the partition.</summary>
    Task<StoredDocument<T>> CreateAsync<T>(string container, string partition, string id, T value, CancellationToken cancellationToken = default);

    /// <summary>Replaces a document if its ETag still matches; throws <see cref="DocumentConflictException"/> on a stale ETag and <see cref="DocumentNotFoundException"/> if it is gone.</summary>
    Task<StoredDocument<T>> ReplaceAsync<T>(string container, string partition, string id, T value, string etag, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document; with an ETag, only if it still matches. Returns false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string container, string partition, string id, string? etag = null, CancellationToken cancellationToken = default);

    /// <summary>A cheap round trip for health checks.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}

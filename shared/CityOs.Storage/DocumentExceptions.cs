namespace CityOs.Storage;

/// <summary>The write lost a race (stale ETag) or the id exists already: reload and decide again.</summary>
public sealed class DocumentConflictException(string container, string id)
    : Exception($"Document '{id}' in '{container}' was changed by someone else or already exists.")
{
    public string Container { get; } = container;
    public string DocumentId { get; } = id;
}

public sealed class DocumentNotFoundException(string container, string id)
    : Exception($"Document '{id}' in '{container}' does not exist.")
{
    public string Container { get; } = container;
    public string DocumentId { get; } = id;
}

/// <summary>The store cannot be reached; APIs turn this into 503, never 500.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

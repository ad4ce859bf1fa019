using CityOs.Storage;

namespace CityOs.Childcare.Storage;

/// <summary>
/// Read, decide, write once with the ETag read: the only way state changes here. A lost race reloads and decides
/// again; after a few lost races the <see cref="DocumentConflictException"/> reaches the caller (409).
/// </summary>
public static class DocumentChange
{
    private const int Attempts = 10;

    /// <summary>
    /// Applies <paramref name="change"/> to the document (null when it does not exist yet). The change returns null to
    /// leave the document as it is; the result is then the document as read.
    /// </summary>
    public static async Task<ChangeResult<T>> ApplyAsync<T>(
        this IDocumentStore store, string container, string partition, string id, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.GetAsync<T>(container, partition, id, cancellationToken);
            if (change(current?.Value) is not { } updated)
            {
                return new ChangeResult<T>(current?.Value, false);
            }

            try
            {
                var written = current is null
                    ? await store.CreateAsync(container, partition, id, updated, cancellationToken)
                    : await store.ReplaceAsync(container, partition, id, updated, current.ETag, cancellationToken);
                return new ChangeResult<T>(written.Value, true);
            }
            catch (Exception ex) when (ex is DocumentConflictException or DocumentNotFoundException && attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
            catch (DocumentNotFoundException)
            {
                // Deleted under us on every attempt: for the caller that is a lost race too (409, not 500).
                throw new DocumentConflictException(container, id);
            }
        }
    }
}

/// <param name="Value">The document after the change, or as read when the change declined.</param>
public readonly record struct ChangeResult<T>(T? Value, bool Changed);

using CityOs.Storage;

namespace CityOs.Consent.Records;

/// <summary>
/// A global, gap-detectable counter of consent changes. Caches compare it with what they have seen; a
/// number they never received (a lost message, a crash before publishing) puts them in doubt.
/// </summary>
public sealed class ChangeSequence(IDocumentStore store)
{
    private const string Container = "consent-sequence";
    private sealed record Counter(long Value);

    public async Task<long> CurrentAsync(CancellationToken cancellationToken) =>
        (await store.GetAsync<Counter>(Container, "seq", "seq", cancellationToken))?.Value.Value ?? 0;

    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<Counter>(Container, "seq", "seq", cancellationToken);
            try
            {
                if (current is null)
                {
                    await store.CreateAsync(Container, "seq", "seq", new Counter(1), cancellationToken);
                    return 1;
                }

                var next = current.Value.Value + 1;
                await store.ReplaceAsync(Container, "seq", "seq", new Counter(next), current.ETag, cancellationToken);
                return next;
            }
            catch (DocumentConflictException)
            {
            }
        }
    }
}

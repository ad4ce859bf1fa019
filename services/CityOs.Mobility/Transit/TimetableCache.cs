namespace CityOs.Mobility.Transit;

/// <summary>
/// Keeps the current feed version in memory. Each call reads only the small pointer document, so every
/// instance of the service picks up a new import on its next request.
/// </summary>
public sealed class TimetableCache(TransitFeedStore feeds) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Timetable? _current;

    public async Task<Timetable?> GetAsync(CancellationToken cancellationToken)
    {
        if (await feeds.GetPointerAsync(cancellationToken) is not { } pointer)
        {
            return null;
        }

        if (_current is { } cached && cached.Version == pointer.Version)
        {
            return cached;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current?.Version != pointer.Version && await feeds.LoadAsync(pointer.Version, cancellationToken) is { } feed)
            {
                _current = new Timetable(pointer.Version, feed);
            }

            return _current;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}

using System.Collections.Concurrent;

namespace CityOs.Consent.Records;

/// <summary>
/// Serialises link decisions and consent changes for one resident. A withdrawal waits for decisions
/// already running and is acknowledged only after it is stored, so no decision can allow after the
/// resident was told "withdrawn".
/// </summary>
public sealed class SubjectLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string subjectId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(subjectId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}

using System.Diagnostics;

namespace CityOs.Disaster.Guidance;

/// <summary>Counts for the office dashboard and the demo; numbers only.</summary>
public sealed class GuidanceMetrics
{
    private long _linkRequests;
    private long _linkAllowed;
    private long _linkDenied;
    private long _breakGlass;
    private long _ridesRequested;
    private long _firstLevel3;
    private long _lastSettled;

    public long LinkRequests => Interlocked.Read(ref _linkRequests);

    public long LinkAllowed => Interlocked.Read(ref _linkAllowed);

    public long LinkDenied => Interlocked.Read(ref _linkDenied);

    public long BreakGlassLinks => Interlocked.Read(ref _breakGlass);

    public long RidesRequested => Interlocked.Read(ref _ridesRequested);

    /// <summary>Stopwatch timestamp of the first level-3 (or higher) alert; 0 if none yet.</summary>
    public long FirstLevel3Timestamp => Interlocked.Read(ref _firstLevel3);

    /// <summary>Stopwatch timestamp when the worker last finished a batch.</summary>
    public long LastSettledTimestamp => Interlocked.Read(ref _lastSettled);

    public void Link(bool allowed, string? basis)
    {
        Interlocked.Increment(ref _linkRequests);
        Interlocked.Increment(ref allowed ? ref _linkAllowed : ref _linkDenied);
        if (basis == "break-glass")
        {
            Interlocked.Increment(ref _breakGlass);
        }
    }

    public void RideRequested(int count) => Interlocked.Add(ref _ridesRequested, count);

    public void Level3Raised() => Interlocked.CompareExchange(ref _firstLevel3, Stopwatch.GetTimestamp(), 0);

    public void Settled() => Interlocked.Exchange(ref _lastSettled, Stopwatch.GetTimestamp());
}

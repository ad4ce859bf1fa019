namespace CityOs.Benchmarks;

/// <summary>
/// Which of messages 0..N-1 arrived, and how often; completes when every one has arrived at least once.
/// "Lost" is what never arrived, so the figure cannot hide a drop behind a duplicate.
/// </summary>
public sealed class DeliveryTally(int expected)
{
    private readonly int[] _seen = new int[expected];
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _distinct;
    private int _duplicates;
    private long _lastArrival = Environment.TickCount64;

    public int Expected => expected;

    public int Distinct => Volatile.Read(ref _distinct);

    public int Duplicates => Volatile.Read(ref _duplicates);

    public int Lost => expected - Distinct;

    /// <summary>Records message <paramref name="seq"/>; returns true the first time it arrives.</summary>
    public bool Record(int seq)
    {
        if ((uint)seq >= (uint)expected)
        {
            throw new ArgumentOutOfRangeException(nameof(seq), seq, "A message this run never sent.");
        }

        Volatile.Write(ref _lastArrival, Environment.TickCount64);
        if (Interlocked.Increment(ref _seen[seq]) > 1)
        {
            Interlocked.Increment(ref _duplicates);
            return false;
        }

        if (Interlocked.Increment(ref _distinct) == expected)
        {
            _all.TrySetResult();
        }

        return true;
    }

    /// <summary>Waits for all, giving up once nothing has arrived for <paramref name="idle"/>; returns whether all arrived.</summary>
    public async Task<bool> WaitAllAsync(TimeSpan idle, CancellationToken cancellationToken)
    {
        while (!_all.Task.IsCompleted)
        {
            if (Environment.TickCount64 - Volatile.Read(ref _lastArrival) > idle.TotalMilliseconds)
            {
                return false;
            }

            await Task.WhenAny(_all.Task, Task.Delay(100, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        return true;
    }

    /// <summary>Marks the start of the wait, so the idle clock does not count time before anything was sent.</summary>
    public void Touch() => Volatile.Write(ref _lastArrival, Environment.TickCount64);
}

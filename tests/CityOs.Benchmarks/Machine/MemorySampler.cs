namespace CityOs.Benchmarks.Machine;

/// <summary>Samples this process's resident memory on a timer and keeps the peak.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private double _peak;

    public MemorySampler(TimeSpan every) => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, every);

    public double PeakRssMiB
    {
        get
        {
            Sample();
            return Volatile.Read(ref _peak);
        }
    }

    private void Sample()
    {
        var rss = MachineSnapshot.Memory().ProcessRssMiB;
        if (rss > Volatile.Read(ref _peak))
        {
            Volatile.Write(ref _peak, rss);
        }
    }

    public void Dispose() => _timer.Dispose();
}

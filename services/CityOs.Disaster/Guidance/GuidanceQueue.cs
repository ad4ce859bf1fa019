using System.Threading.Channels;

namespace CityOs.Disaster.Guidance;

/// <summary>Work for the single guidance worker. Pending counts queued and running work, so callers can tell when guidance has settled.</summary>
public sealed class GuidanceQueue
{
    private readonly Channel<GuidanceWork> _channel = Channel.CreateUnbounded<GuidanceWork>(new UnboundedChannelOptions { SingleReader = true });
    private int _pending;

    public int Pending => Volatile.Read(ref _pending);

    public ChannelReader<GuidanceWork> Reader => _channel.Reader;

    public void Enqueue(GuidanceWork work)
    {
        Interlocked.Increment(ref _pending);
        _channel.Writer.TryWrite(work);
    }

    public void Done(int count) => Interlocked.Add(ref _pending, -count);
}

using System.Threading.Channels;

namespace CityOs.Gateway.Webhooks;

/// <summary>Deliveries waiting to be sent, in memory (see docs/partner-api.md: a restart loses what is still queued, never what is dead-lettered).</summary>
public sealed class DeliveryQueue
{
    private readonly Channel<Delivery> _channel = Channel.CreateBounded<Delivery>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(Delivery delivery, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(delivery, cancellationToken);

    public IAsyncEnumerable<Delivery> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}

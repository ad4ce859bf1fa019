using MassTransit;

namespace CityOs.Benchmarks.Bus;

/// <summary>The production path's consumer: records the arrival; MassTransit acks after it returns.</summary>
public sealed class BusPingConsumer(BusPingSink sink) : IConsumer<BusPing>
{
    public Task Consume(ConsumeContext<BusPing> context)
    {
        sink.Current.Record(context.Message.Seq);
        return Task.CompletedTask;
    }
}

/// <summary>Where arrivals go; swapped between the warm-up and the measured run so one host serves both.</summary>
public sealed class BusPingSink
{
    public DeliveryTally Current { get; set; } = new(0);
}

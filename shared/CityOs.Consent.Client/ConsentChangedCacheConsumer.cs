using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Consent.Client;

public sealed class ConsentChangedCacheConsumer(ConsentCache cache) : IConsumer<ConsentChanged>, IConsumer<ConsentHeartbeat>
{
    public Task Consume(ConsumeContext<ConsentChanged> context)
    {
        cache.Apply(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ConsentHeartbeat> context)
    {
        cache.Heartbeat(context.Message);
        return Task.CompletedTask;
    }
}

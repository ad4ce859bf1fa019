using CityOs.Contracts.Sensors;
using CityOs.Mobility.Cycles;
using MassTransit;

namespace CityOs.Mobility.Consumers;

public sealed class CycleDockObservedConsumer(CycleDockStore docks) : IConsumer<CycleDockObserved>
{
    public Task Consume(ConsumeContext<CycleDockObserved> context) =>
        docks.RecordAsync(context.Message, context.CancellationToken);
}

using CityOs.Contracts.Sensors;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Rivers;
using MassTransit;

namespace CityOs.Disaster.Consumers;

public sealed class RiverLevelObservedConsumer(RiverStationStore stations, AlertCoordinator alerts) : IConsumer<RiverLevelObserved>
{
    public async Task Consume(ConsumeContext<RiverLevelObserved> context)
    {
        if (await stations.RecordAsync(context.Message, context.CancellationToken))
        {
            await alerts.ObserveAsync(context.Message, context, context.CancellationToken);
        }
    }
}

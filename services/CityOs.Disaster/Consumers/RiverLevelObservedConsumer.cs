using CityOs.Contracts.Sensors;
using CityOs.Disaster.Rivers;
using MassTransit;

namespace CityOs.Disaster.Consumers;

public sealed class RiverLevelObservedConsumer(RiverStationStore stations) : IConsumer<RiverLevelObserved>
{
    public Task Consume(ConsumeContext<RiverLevelObserved> context) =>
        stations.RecordAsync(context.Message, context.CancellationToken);
}

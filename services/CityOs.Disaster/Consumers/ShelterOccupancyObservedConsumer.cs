using CityOs.Contracts.Sensors;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Shelters;
using MassTransit;

namespace CityOs.Disaster.Consumers;

/// <summary>Live occupancy; a shelter that fills up sends the people still on their way there elsewhere.</summary>
public sealed class ShelterOccupancyObservedConsumer(ShelterBoard shelters, GuidanceQueue queue) : IConsumer<ShelterOccupancyObserved>
{
    public async Task Consume(ConsumeContext<ShelterOccupancyObserved> context)
    {
        var before = shelters.Find(context.Message.ShelterId);
        var after = await shelters.ObserveAsync(context.Message, context.CancellationToken);
        if (before is { Room: > 0 } && after is { Room: 0 })
        {
            queue.Enqueue(new GuidanceWork { Trigger = "shelter", ShelterId = after.Id });
        }
    }
}

using CityOs.Contracts.Evacuation;
using CityOs.Disaster.Guidance;
using MassTransit;

namespace CityOs.Disaster.Consumers;

/// <summary>Mobility cannot get a vehicle there in time: the resident is listed as unassisted, reason no-vehicle.</summary>
public sealed class EvacuationRideDeclinedConsumer(GuidanceQueue queue) : IConsumer<EvacuationRideDeclined>
{
    public Task Consume(ConsumeContext<EvacuationRideDeclined> context)
    {
        queue.Enqueue(new GuidanceWork { Trigger = "ride-declined", Declined = context.Message });
        return Task.CompletedTask;
    }
}

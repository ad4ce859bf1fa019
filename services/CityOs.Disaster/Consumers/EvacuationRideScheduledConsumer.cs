using CityOs.Contracts.Evacuation;
using CityOs.Disaster.Guidance;
using MassTransit;

namespace CityOs.Disaster.Consumers;

/// <summary>Mobility scheduled a ride: the resident waiting for a vehicle is now assisted. Applied by the guidance worker, the one writer.</summary>
public sealed class EvacuationRideScheduledConsumer(GuidanceQueue queue) : IConsumer<EvacuationRideScheduled>
{
    public Task Consume(ConsumeContext<EvacuationRideScheduled> context)
    {
        queue.Enqueue(new GuidanceWork { Trigger = "ride-scheduled", Ride = context.Message });
        return Task.CompletedTask;
    }
}

using CityOs.Contracts.Evacuation;
using CityOs.Mobility.Rides;
using MassTransit;

namespace CityOs.Mobility.Consumers;

/// <summary>Answers Disaster on every delivery, so a redelivered request gets the same answer without a second booking.</summary>
public sealed class RequestEvacuationRideConsumer(EvacuationBook evacuations, TimeProvider time) : IConsumer<RequestEvacuationRide>
{
    public async Task Consume(ConsumeContext<RequestEvacuationRide> context)
    {
        var ride = await evacuations.ScheduleAsync(context.Message, time.GetUtcNow(), context.CancellationToken);
        if (ride is { Status: RideStatus.Scheduled, VehicleId: { } vehicle, PromisedPickup: { } window })
        {
            await context.Publish(new EvacuationRideScheduled
            {
                RequestId = context.Message.RequestId, RideId = ride.RideId, VehicleId = vehicle, PickupWindowStart = window.Start, PickupWindowEnd = window.End,
            }, context.CancellationToken);
            return;
        }

        await context.Publish(new EvacuationRideDeclined { RequestId = context.Message.RequestId, Reason = ride.Reason ?? "no-vehicle" }, context.CancellationToken);
    }
}

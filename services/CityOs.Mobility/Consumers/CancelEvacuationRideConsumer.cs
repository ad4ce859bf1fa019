using CityOs.Contracts.Evacuation;
using CityOs.Mobility.Rides;
using MassTransit;

namespace CityOs.Mobility.Consumers;

/// <summary>Frees the seat of an evacuation ride Disaster no longer needs; idempotent, and safe before the request itself arrives.</summary>
public sealed class CancelEvacuationRideConsumer(EvacuationBook evacuations, TimeProvider time) : IConsumer<CancelEvacuationRide>
{
    public Task Consume(ConsumeContext<CancelEvacuationRide> context) =>
        evacuations.CancelAsync(context.Message.RequestId, time.GetUtcNow(), context.CancellationToken);
}

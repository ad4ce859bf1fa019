using CityOs.Contracts.Sensors;
using CityOs.Mobility.Rides;
using MassTransit;

namespace CityOs.Mobility.Consumers;

/// <summary>Demand-taxi positions start each route where the vehicle is; the next re-plan turns them into ETAs.</summary>
public sealed class RideVehiclePositionConsumer(VehiclePositions positions, Fleet fleet) : IConsumer<VehiclePositionObserved>
{
    public Task Consume(ConsumeContext<VehiclePositionObserved> context)
    {
        if (fleet.Find(context.Message.VehicleId) is not null)
        {
            positions.Record(context.Message);
        }

        return Task.CompletedTask;
    }
}

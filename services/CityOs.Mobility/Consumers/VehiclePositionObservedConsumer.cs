using CityOs.Contracts.Sensors;
using CityOs.Mobility.Transit.Realtime;
using MassTransit;

namespace CityOs.Mobility.Consumers;

public sealed class VehiclePositionObservedConsumer(VehiclePositionRecorder recorder) : IConsumer<VehiclePositionObserved>
{
    public Task Consume(ConsumeContext<VehiclePositionObserved> context) =>
        recorder.RecordAsync(context.Message, context.CancellationToken);
}

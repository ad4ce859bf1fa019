using CityOs.Contracts.Sensors;
using MassTransit;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>Counts the readings Sensors has published on the bus (after the broker confirmed them).</summary>
internal sealed class IngestTally(GaugeFleet fleet) : IPublishObserver
{
    public DeliveryTally Tally { get; set; } = new(0);

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        if (context.Message is RiverLevelObserved reading && fleet.IndexOf(reading.ReadingId) is >= 0 and var index)
        {
            Tally.Record(index);
        }

        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

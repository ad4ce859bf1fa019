using System.Collections.Concurrent;
using CityOs.Contracts.Sensors;
using MassTransit;

namespace CityOs.IntegrationTests;

/// <summary>Counts every <see cref="RiverLevelObserved"/> a service publishes on its bus, by reading id.</summary>
internal sealed class PublishedReadings : IPublishObserver
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public bool HasAll(IEnumerable<string> readingIds) => readingIds.All(_counts.ContainsKey);

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        if (context.Message is RiverLevelObserved reading)
        {
            _counts.AddOrUpdate(reading.ReadingId, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

using CityOs.Gateway.Ngsi;
using CityOs.Gateway.Ngsi.Sources;
using CityOs.Storage;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Webhooks;

/// <summary>
/// Reads, every <see cref="NotificationOptions.WatchEvery"/>, only the entity types some subscription or webhook
/// follows, and queues a delivery for each subscriber whose filter a change matches. Polling the open APIs
/// works the same in both topologies and for every source, including vacancies, which no event announces.
/// </summary>
public sealed class ChangeWatcher(
    IServiceProvider services, NotificationRegistry registry, NotificationBuilder builder, DeliveryQueue queue, PublicAddress address,
    IOptions<NotificationOptions> options, TimeProvider time, ILogger<ChangeWatcher> logger) : BackgroundService
{
    private readonly ChangeDetector _detector = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRefresh = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(options.Value.WatchEvery, time);
        do
        {
            try
            {
                if (time.GetUtcNow() - lastRefresh >= options.Value.RefreshEvery || !registry.Loaded)
                {
                    await registry.RefreshAsync(stoppingToken);
                    lastRefresh = time.GetUtcNow();
                }

                foreach (var space in new[] { EntitySpace.City, EntitySpace.Sandbox })
                {
                    await WatchAsync(services.GetRequiredKeyedService<EntitySpace>(space), stoppingToken);
                }
            }
            catch (StoreUnavailableException ex)
            {
                logger.LogWarning(ex, "Store unavailable; subscriptions are watched again when it answers");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round must not stop the host (BackgroundService's default); the next tick tries again.
                logger.LogError(ex, "Watching for changes failed this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task WatchAsync(EntitySpace space, CancellationToken cancellationToken)
    {
        var subscriptions = registry.Subscriptions(space.Name).ToList();
        var webhooks = registry.Webhooks(space.Name).ToList();
        var types = subscriptions.SelectMany(s => s.EntityTypes)
            .Concat(webhooks.SelectMany(w => w.Events).Select(e => WebhookEvents.EntityTypeOf.GetValueOrDefault(e)).OfType<string>())
            .Where(space.Knows)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var type in types)
        {
            IReadOnlyList<EntityChange> changes;
            try
            {
                changes = _detector.Observe(space.Name, type, await space.ListAsync(new HashSet<string> { type }, cancellationToken));
            }
            catch (SourceUnavailableException ex)
            {
                logger.LogDebug("{Type} not watched this round: {Source} did not answer", type, ex.SourceName);
                continue;
            }

            if (changes.Count == 0)
            {
                continue;
            }

            var contextUrl = address.Resolve() + NgsiContext.Path.TrimStart('/');
            var eventName = WebhookEvents.ForEntityType(type);
            var deliveries = subscriptions.Where(s => s.EntityTypes.Contains(type)).Select(s => builder.ForSubscription(s, changes, contextUrl))
                .Concat(eventName is null ? [] : webhooks.Select(w => builder.ForWebhook(w, eventName, changes)));
            foreach (var delivery in deliveries.OfType<Delivery>())
            {
                await queue.EnqueueAsync(delivery, cancellationToken);
            }
        }
    }
}

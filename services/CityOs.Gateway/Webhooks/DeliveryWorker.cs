using CityOs.Storage;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Webhooks;

/// <summary>Sends queued deliveries a few at a time; one that fails every retry becomes a dead letter its partner can read and redeliver.</summary>
public sealed class DeliveryWorker(DeliveryQueue queue, DeliverySender sender, DeadLetterStore deadLetters, IOptions<NotificationOptions> options, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(queue.ReadAllAsync(stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Concurrency), CancellationToken = stoppingToken },
            async (delivery, ct) =>
            {
                var outcome = await sender.SendAsync(delivery, ct);
                if (outcome.Delivered)
                {
                    return;
                }

                logger.LogWarning("Delivery {DeliveryId} ({Kind} {TargetId}) failed {Attempts} attempts ({Error}); dead-lettered", delivery.Id, delivery.Kind, delivery.TargetId, outcome.Attempts, outcome.LastError);
                try
                {
                    await deadLetters.AddAsync(delivery, outcome, ct);
                }
                catch (Exception ex) when (ex is StoreUnavailableException or DocumentConflictException)
                {
                    logger.LogError(ex, "Dead letter {DeliveryId} for client {ClientId} could not be stored", delivery.Id, delivery.ClientId);
                }
            });
}

using MassTransit;

namespace CityOs.ServiceDefaults.Bus;

/// <summary>
/// A publish that gives up after a deadline instead of waiting forever. When RabbitMQ dies mid-publish,
/// RabbitMQ.Client 7 can leave the publish waiting for a confirm that never comes, even after the connection
/// has recovered (rabbitmq-dotnet-client#1930, seen here with kill -9 of the broker): a worker awaiting it
/// stops for good. Code that publishes outside a consumer bounds each publish, so its own retry runs instead.
/// </summary>
public static class BoundedPublish
{
    /// <summary>Far above a healthy confirm (milliseconds) and the broker's own connection timeout (5 s).</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    /// <summary>Publishes <paramref name="message"/> as its runtime type; throws <see cref="PublishNotConfirmedException"/> when the deadline passes first.</summary>
    public static async Task PublishWithinAsync(this IPublishEndpoint bus, object message, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        var within = deadline ?? DefaultDeadline;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        try
        {
            await bus.Publish(message, message.GetType(), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The message may still have reached the broker: every message published this way is safe to publish twice.
            throw new PublishNotConfirmedException($"Publishing {message.GetType().Name} was not confirmed within {within.TotalSeconds:0.#} s.");
        }
    }
}

/// <summary>The broker did not confirm a publish in time; the message may or may not have left.</summary>
public sealed class PublishNotConfirmedException(string message) : TimeoutException(message);

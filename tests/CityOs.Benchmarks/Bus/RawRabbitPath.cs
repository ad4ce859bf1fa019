using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CityOs.Benchmarks.Bus;

/// <summary>
/// The physical baseline: RabbitMQ.Client alone, a durable classic queue, persistent messages, publisher confirms
/// with a fixed number in flight, and a consumer that deserializes each message and acks it after handling, prefetch 1000.
/// </summary>
internal static class RawRabbitPath
{
    public const string Queue = "cityos-bench-bus-raw";
    private const ushort Prefetch = 1000;

    public static async Task<BusRunResult> RunAsync(string rabbitMq, int messages, int inFlight, int? brokerPid, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMq), ClientProvidedName = "cityos-bench-raw" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null), cancellationToken);
        await using var consumerChannel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await consumerChannel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await consumerChannel.QueuePurgeAsync(Queue, cancellationToken);
        await consumerChannel.BasicQosAsync(0, Prefetch, false, cancellationToken);

        var tally = new DeliveryTally(messages);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var ping = JsonSerializer.Deserialize<BusPing>(delivery.Body.Span) ?? throw new InvalidDataException("Empty message.");
            tally.Record(ping.Seq);
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
        };
        var tag = await consumerChannel.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken);

        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var meter = new RunMeter(brokerPid);
        tally.Touch();
        await PublishAllAsync(messages, inFlight, async seq =>
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new BusPing { Seq = seq, SentAt = DateTimeOffset.UtcNow });
            await publisher.BasicPublishAsync("", Queue, mandatory: true, properties, body, cancellationToken);
        }, cancellationToken);
        await tally.WaitAllAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var result = meter.Stop(tally);

        await consumerChannel.BasicCancelAsync(tag, cancellationToken: cancellationToken);
        await consumerChannel.QueueDeleteAsync(Queue, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Keeps <paramref name="inFlight"/> publishes awaiting their confirm at once, as a busy service would.</summary>
    public static async Task PublishAllAsync(int messages, int inFlight, Func<int, Task> publish, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(inFlight);
        var failures = new List<Exception>();
        for (var seq = 0; seq < messages; seq++)
        {
            await slots.WaitAsync(cancellationToken);
            _ = PublishOneAsync(seq);
        }

        for (var i = 0; i < inFlight; i++)
        {
            await slots.WaitAsync(cancellationToken);
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("Publishes failed.", failures);
        }

        async Task PublishOneAsync(int seq)
        {
            try
            {
                await publish(seq);
            }
            catch (Exception ex)
            {
                lock (failures)
                {
                    failures.Add(ex);
                }
            }
            finally
            {
                slots.Release();
            }
        }
    }
}

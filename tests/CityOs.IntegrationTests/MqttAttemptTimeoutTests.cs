using System.Collections.Concurrent;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.IntegrationTests;

/// <summary>
/// A handler attempt that hangs (as a bus publish on a channel that died with RabbitMQ did, waiting for a confirm
/// that never comes) is abandoned after <see cref="MqttOptions.HandlerAttemptTimeout"/> and tried again, against the
/// shared mosquitto: the reading is handled, not held until the service stops.
/// </summary>
public sealed class MqttAttemptTimeoutTests
{
    [Fact]
    public async Task A_hung_attempt_is_abandoned_and_the_message_is_handled_by_the_next_one()
    {
        var (host, port) = TestEnvironment.Mqtt;
        var topic = $"cityos-test/timeout/{Guid.NewGuid():N}";
        var handler = new HangsOnce(topic);
        var options = Options.Create(new MqttOptions
        {
            Host = host,
            Port = port,
            ClientId = "timeout-test-" + Guid.NewGuid().ToString("N")[..8],
            HandlerAttemptTimeout = TimeSpan.FromSeconds(1),
        });
        using var connection = new MqttConnection(options, [handler], NullLogger<MqttConnection>.Instance);
        await connection.StartAsync(CancellationToken.None);
        await Eventually.True(() => Task.FromResult(connection.IsConnected), TimeSpan.FromSeconds(15), "the connection to mosquitto");

        using var publisher = new MqttClientFactory().CreateMqttClient();
        await publisher.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(host, port).WithClientId("timeout-pub-" + Guid.NewGuid().ToString("N")[..8]).Build());
        await publisher.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload("reading-1"u8.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

        await Eventually.True(() => Task.FromResult(handler.Handled.Contains("reading-1")), TimeSpan.FromSeconds(15), "the reading to be handled after the hung attempt");
        Assert.Equal(2, handler.Attempts);
        await connection.StopAsync(CancellationToken.None);
    }

    private sealed class HangsOnce(string topic) : IMqttMessageHandler
    {
        private int _attempts;

        public ConcurrentBag<string> Handled { get; } = [];

        public int Attempts => Volatile.Read(ref _attempts);

        public IReadOnlyList<string> TopicFilters => [topic];

        public async Task HandleAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            Handled.Add(System.Text.Encoding.UTF8.GetString(payload.Span));
        }
    }
}

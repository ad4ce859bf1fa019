using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// The baseline: a bare MQTTnet client on the same broker and topics, QoS1, reading each payload's sequence number and
/// acknowledging after that (MQTTnet's default: the ack follows the handler), one message at a time.
/// </summary>
internal sealed class RawSubscriber(GaugeFleet fleet) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    public DeliveryTally Tally { get; set; } = new(0);

    public async Task ConnectAsync(int port, string user, string password, CancellationToken cancellationToken)
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            // cityos/v1/river-gauges/{id}/level
            var levels = e.ApplicationMessage.Topic.Split('/');
            using var payload = JsonDocument.Parse(e.ApplicationMessage.Payload);
            var index = fleet.IndexOf(levels[3], payload.RootElement.GetProperty("seq").GetInt64());
            if (index >= 0)
            {
                Tally.Record(index);
            }

            return Task.CompletedTask;
        };
        await _client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("cityos-bench-raw")
            .WithCredentials(user, password).WithCleanStart(true).Build(), cancellationToken);
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic("cityos/v1/river-gauges/+/level").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}

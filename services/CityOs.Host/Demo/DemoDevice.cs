using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Host.Demo;

/// <summary>One simulated field device: its own MQTT connection, logged in with its own credentials, publishing QoS1.</summary>
internal sealed class DemoDevice(string host, int port, string deviceId, string password, string topic, long firstSequence) : IDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private long _sequence = firstSequence;

    public string DeviceId => deviceId;

    /// <summary>Adds <c>v</c>, <c>ts</c> and <c>seq</c> to <paramref name="fields"/> and publishes them.</summary>
    public async Task PublishAsync(Dictionary<string, object> fields, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(host, port)
                .WithClientId(deviceId)
                .WithCredentials(deviceId, password)
                .Build(), cancellationToken);
        }

        fields["v"] = 1;
        fields["ts"] = now;
        fields["seq"] = ++_sequence;
        await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(JsonSerializer.SerializeToUtf8Bytes(fields))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancellationToken);
    }

    public void Dispose() => _client.Dispose();
}

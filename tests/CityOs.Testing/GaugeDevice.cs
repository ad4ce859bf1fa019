using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Testing;

/// <summary>A river gauge as a field device would be: a real MQTT client publishing QoS1 readings.</summary>
public sealed class GaugeDevice(string host, int port, string deviceId) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private long _seq;

    public async Task PublishAsync(string station, string district, double levelMeters, DateTimeOffset? at = null)
    {
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(host, port).WithClientId(deviceId + "-" + Guid.NewGuid().ToString("N")[..6]).Build());
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station, district, levelM = levelMeters, ts = at ?? DateTimeOffset.UtcNow, seq = ++_seq });
        await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic($"cityos/v1/river-gauges/{deviceId}/level")
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
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

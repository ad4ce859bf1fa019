using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Testing;

/// <summary>
/// A river gauge as a field device would be: a real MQTT client publishing QoS1 readings, logged in with its
/// registered credentials when the broker requires them (user name = device id).
/// </summary>
public sealed class GaugeDevice(string host, int port, string deviceId, string? password = null, long firstSequence = 0) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private long _seq = firstSequence;

    public GaugeDevice(string host, int port, DeviceCredentials credentials, long firstSequence = 0)
        : this(host, port, credentials.UserName, credentials.Password, firstSequence)
    {
    }

    /// <summary>Publishes one reading and returns its reading id ("{deviceId}:{seq}").</summary>
    public async Task<string> PublishAsync(string station, string district, double levelMeters, DateTimeOffset? at = null)
    {
        if (!_client.IsConnected)
        {
            // The embedded broker admits a device only under a client id that starts with its own id.
            var options = new MqttClientOptionsBuilder().WithTcpServer(host, port).WithClientId(deviceId + "." + Guid.NewGuid().ToString("N")[..6]);
            if (password is not null)
            {
                options.WithCredentials(deviceId, password);
            }

            var result = await _client.ConnectAsync(options.Build());
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new UnauthorizedAccessException($"The broker refused {deviceId}: {result.ResultCode}.");
            }
        }

        var seq = ++_seq;
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station, district, levelM = levelMeters, ts = at ?? DateTimeOffset.UtcNow, seq });
        await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic($"cityos/v1/river-gauges/{deviceId}/level")
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        return $"{deviceId}:{seq}";
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

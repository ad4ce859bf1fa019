using System.Text.Json;
using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;

namespace CityOs.Sensors.Ingestion;

/// <summary>Publishes dead letters with QoS1 on the same connection the readings arrive on.</summary>
internal sealed class MqttDeadLetterSink(IServiceProvider services) : IDeadLetterSink
{
    // Resolved on first use: the connection itself depends on the handlers that depend on this sink.
    private readonly Lazy<MqttConnection> _connection = new(services.GetRequiredService<MqttConnection>);

    public Task SendAsync(string deviceId, DeadLetter letter, CancellationToken cancellationToken) =>
        _connection.Value.PublishAsync(SensorTopics.DeadLetter(deviceId), JsonSerializer.SerializeToUtf8Bytes(letter, JsonSerializerOptions.Web), cancellationToken);
}

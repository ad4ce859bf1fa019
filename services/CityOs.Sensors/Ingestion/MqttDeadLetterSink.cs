using System.Text.Json;
using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;

namespace CityOs.Sensors.Ingestion;

/// <summary>Publishes dead letters with QoS1 on the same connection the readings arrive on.</summary>
internal sealed class MqttDeadLetterSink(MqttConnection connection) : IDeadLetterSink
{
    public Task SendAsync(string deviceId, DeadLetter letter, CancellationToken cancellationToken) =>
        connection.PublishAsync(SensorTopics.DeadLetter(deviceId), JsonSerializer.SerializeToUtf8Bytes(letter, JsonSerializerOptions.Web), cancellationToken);
}

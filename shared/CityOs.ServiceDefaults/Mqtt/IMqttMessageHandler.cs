namespace CityOs.ServiceDefaults.Mqtt;

/// <summary>
/// Handles one MQTT message. The message is acknowledged to the broker only after this returns, so a
/// crash before that makes the broker deliver it again (QoS1).
/// </summary>
public interface IMqttMessageHandler
{
    /// <summary>Topic filters to subscribe with QoS1.</summary>
    IReadOnlyList<string> TopicFilters { get; }

    Task HandleAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}

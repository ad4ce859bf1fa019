namespace CityOs.Sensors.Ingestion;

/// <summary>Where refused payloads go; the MQTT dead-letter topic in the service, a list in tests.</summary>
public interface IDeadLetterSink
{
    Task SendAsync(string deviceId, DeadLetter letter, CancellationToken cancellationToken);
}

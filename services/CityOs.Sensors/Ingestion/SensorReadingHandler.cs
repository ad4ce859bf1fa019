using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;
using MassTransit;

namespace CityOs.Sensors.Ingestion;

/// <summary>
/// Validates every device payload and publishes the typed reading on the bus, or sends the payload to the
/// dead-letter topic with its reason. Only infrastructure failures (store, bus, broker) throw, and the
/// connection then holds the message unacknowledged until they pass; a payload never does.
/// </summary>
public sealed class SensorReadingHandler(
    DeviceRegistry registry,
    DuplicateFilter duplicates,
    IBus bus,
    IDeadLetterSink deadLetters,
    TimeProvider time,
    ILogger<SensorReadingHandler> logger) : IMqttMessageHandler
{
    public IReadOnlyList<string> TopicFilters => SensorTopics.Filters;

    public async Task HandleAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var inScheme = SensorTopics.TryParse(topic, out _, out var deviceId);
        var device = inScheme ? await registry.FindAsync(deviceId, cancellationToken) : null;
        var outcome = ReadingValidator.Validate(topic, payload, device, receivedAt);
        if (outcome.IsAccepted && duplicates.IsDuplicate(device!.Id, outcome.Sequence, outcome.ObservedAt))
        {
            outcome = ValidationOutcome.Rejected(RejectionReasons.Duplicate, $"sequence {outcome.Sequence} was seen recently");
        }

        var deviceType = device is null ? "unknown" : DeviceTypeTag(device.Type);
        if (outcome.Rejection is { } rejection)
        {
            // The id in the topic passed the id pattern, so it is safe as a topic level even when unregistered.
            var letterDevice = inScheme ? deviceId : "unknown";
            await deadLetters.SendAsync(letterDevice, DeadLetter.For(rejection, topic, payload.Span, receivedAt), cancellationToken);
            SensorMetrics.Rejected(rejection.Reason, deviceType);
            logger.LogWarning("Rejected a {DeviceType} payload from {DeviceId}: {Reason} ({Detail})", deviceType, letterDevice, rejection.Reason, rejection.Detail);
            return;
        }

        await bus.Publish(outcome.Reading!, outcome.Reading!.GetType(), cancellationToken);
        duplicates.Record(device!.Id, outcome.Sequence, outcome.ObservedAt);
        SensorMetrics.Accepted(deviceType);
    }

    private static string DeviceTypeTag(DeviceType type) => type switch
    {
        DeviceType.RiverGauge => "river-gauge",
        DeviceType.ShelterCounter => "shelter-counter",
        DeviceType.Vehicle => "vehicle",
        _ => "cycle-dock",
    };
}

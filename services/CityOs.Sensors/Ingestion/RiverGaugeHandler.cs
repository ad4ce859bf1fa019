using System.Text.Json;
using CityOs.Contracts.Sensors;
using CityOs.ServiceDefaults.Mqtt;
using MassTransit;

namespace CityOs.Sensors.Ingestion;

/// <summary>Turns a gauge's MQTT payload into <see cref="RiverLevelObserved"/> on the bus.</summary>
internal sealed class RiverGaugeHandler(IBus bus, ILogger<RiverGaugeHandler> logger, TimeProvider time) : IMqttMessageHandler
{
    public const string TopicFilter = "cityos/v1/river-gauges/+/level";

    public IReadOnlyList<string> TopicFilters { get; } = [TopicFilter];

    public async Task HandleAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var deviceId = topic.Split('/')[3];
        RiverGaugePayload? reading;
        try
        {
            reading = JsonSerializer.Deserialize<RiverGaugePayload>(payload.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Rejected river gauge payload from {DeviceId}: not JSON ({Reason})", deviceId, ex.Message);
            return;
        }

        if (reading is not { V: 1, Station: { Length: > 0 } station, District: { Length: > 0 } district, LevelM: { } level, Ts: { } observedAt, Seq: { } seq }
            || level is < -10 or > 50 || observedAt > time.GetUtcNow().AddMinutes(5))
        {
            logger.LogWarning("Rejected river gauge payload from {DeviceId}: missing field or out of range", deviceId);
            return;
        }

        await bus.Publish(new RiverLevelObserved
        {
            ReadingId = $"{deviceId}:{seq}",
            StationId = station,
            DeviceId = deviceId,
            District = district,
            WaterLevelMeters = level,
            ObservedAt = observedAt,
        }, cancellationToken);
    }
}

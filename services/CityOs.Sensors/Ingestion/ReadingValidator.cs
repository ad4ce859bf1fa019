using System.Text.Json;
using System.Text.Unicode;
using CityOs.Contracts.Sensors;
using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Ingestion;

/// <summary>
/// The whole decision about one MQTT payload, as a pure function of (topic, bytes, registered device, clock):
/// a typed reading, or a reason. It never throws on device input. Schemas: docs/sensors.md.
/// </summary>
public static class ReadingValidator
{
    public const int SchemaVersion = 1;
    public const int MaxPayloadBytes = 8 * 1024;
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    // Readings are flat objects; anything deeper is malformed, and a low limit keeps a hostile payload cheap.
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 4, AllowDuplicateProperties = false };

    public static ValidationOutcome Validate(string topic, ReadOnlyMemory<byte> payload, Device? device, DateTimeOffset now)
    {
        if (!SensorTopics.TryParse(topic, out var type, out var deviceId))
        {
            return ValidationOutcome.Rejected(RejectionReasons.UnknownTopic, "the topic is outside cityos/v1/{kind}/{deviceId}/{leaf}");
        }

        if (device is null || device.Id != deviceId)
        {
            return ValidationOutcome.Rejected(RejectionReasons.UnknownDevice, "the device is not registered");
        }

        if (device.Type != type || !device.MayPublishOn(topic))
        {
            return ValidationOutcome.Rejected(RejectionReasons.TopicNotAllowed, $"a {device.Type} device may not publish on this topic");
        }

        if (payload.Length > MaxPayloadBytes)
        {
            return ValidationOutcome.Rejected(RejectionReasons.PayloadTooLarge, $"{payload.Length} bytes exceed {MaxPayloadBytes}");
        }

        // The parser checks UTF-8 lazily, inside strings only when they are read: check it all up front.
        if (!Utf8.IsValid(payload.Span))
        {
            return ValidationOutcome.Rejected(RejectionReasons.MalformedJson, "the payload is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload, Parsing);
        }
        catch (JsonException)
        {
            return ValidationOutcome.Rejected(RejectionReasons.MalformedJson, "the payload is not a flat UTF-8 JSON document without duplicate keys");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ValidateObject(new PayloadFields(document.RootElement), device, now)
                : ValidationOutcome.Rejected(RejectionReasons.NotAnObject, "the payload must be a JSON object");
        }
    }

    private static ValidationOutcome ValidateObject(PayloadFields fields, Device device, DateTimeOffset now)
    {
        var version = fields.Integer("v", 0, int.MaxValue);
        if (fields.Error is null && version != SchemaVersion)
        {
            return ValidationOutcome.Rejected(RejectionReasons.UnsupportedVersion, $"v = {version}; this service reads v = {SchemaVersion}");
        }

        var seq = fields.Integer("seq", 0, long.MaxValue);
        var observedAt = fields.Timestamp("ts");
        var readingId = $"{device.Id}:{seq}";
        object reading = device.Type switch
        {
            DeviceType.RiverGauge => RiverGauge(fields, device, readingId, observedAt),
            DeviceType.ShelterCounter => ShelterCounter(fields, device, readingId, observedAt),
            DeviceType.Vehicle => Vehicle(fields, device, readingId, observedAt),
            _ => CycleDock(fields, device, readingId, observedAt),
        };

        if (fields.Error is { } error)
        {
            return ValidationOutcome.Rejected(error.Reason, error.Detail);
        }

        if (observedAt > now + MaxClockSkew)
        {
            return ValidationOutcome.Rejected(RejectionReasons.TimestampInFuture, $"ts is {(observedAt - now).TotalSeconds:0} s ahead of the server clock (limit {MaxClockSkew.TotalSeconds:0} s)");
        }

        if (observedAt < now - MaxAge)
        {
            return ValidationOutcome.Rejected(RejectionReasons.TimestampTooOld, $"ts is older than {MaxAge.TotalHours:0} h");
        }

        return ValidationOutcome.Accepted(reading, seq, observedAt);
    }

    private static RiverLevelObserved RiverGauge(PayloadFields fields, Device device, string readingId, DateTimeOffset observedAt)
    {
        var station = fields.Id("station");
        var district = fields.Id("district");
        var level = fields.Number("levelM", -5, 30, "m");
        if (fields.Error is null && district != device.District)
        {
            fields.Reject(RejectionReasons.DistrictMismatch, "district differs from the district the device is registered in");
        }

        return new RiverLevelObserved { ReadingId = readingId, StationId = station, DeviceId = device.Id, District = device.District, WaterLevelMeters = level, ObservedAt = observedAt };
    }

    private static ShelterOccupancyObserved ShelterCounter(PayloadFields fields, Device device, string readingId, DateTimeOffset observedAt) => new()
    {
        ReadingId = readingId,
        ShelterId = fields.Id("shelter"),
        DeviceId = device.Id,
        District = device.District,
        PeoplePresent = (int)fields.Integer("present", 0, 100_000),
        Capacity = fields.OptionalInteger("capacity", 0, 100_000),
        ObservedAt = observedAt,
    };

    private static VehiclePositionObserved Vehicle(PayloadFields fields, Device device, string readingId, DateTimeOffset observedAt) => new()
    {
        ReadingId = readingId,
        VehicleId = fields.Id("vehicle"),
        DeviceId = device.Id,
        District = device.District,
        Latitude = fields.Number("lat", 20, 46, "°"),
        Longitude = fields.Number("lon", 122, 154, "°"),
        SpeedKmh = fields.Number("speedKmh", 0, 200, "km/h"),
        HeadingDegrees = fields.Number("headingDeg", 0, 360, "°"),
        ObservedAt = observedAt,
    };

    private static CycleDockObserved CycleDock(PayloadFields fields, Device device, string readingId, DateTimeOffset observedAt) => new()
    {
        ReadingId = readingId,
        DockId = fields.Id("dock"),
        DeviceId = device.Id,
        District = device.District,
        BikesAvailable = (int)fields.Integer("bikes", 0, 10_000),
        DocksFree = (int)fields.Integer("freeDocks", 0, 10_000),
        ObservedAt = observedAt,
    };
}

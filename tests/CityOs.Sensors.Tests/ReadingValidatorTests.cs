using System.Text;
using System.Text.Json.Nodes;
using CityOs.Contracts.Sensors;
using CityOs.Sensors.Devices;
using CityOs.Sensors.Ingestion;

namespace CityOs.Sensors.Tests;

public sealed class ReadingValidatorTests
{
    private static ValidationOutcome Validate(Device device, JsonNode payload, string? topic = null) =>
        ReadingValidator.Validate(topic ?? Payloads.Topic(device), Payloads.Bytes(payload), device, TestDevices.Now);

    private static string Reason(Device device, JsonNode payload, string? topic = null) =>
        Assert.IsType<Rejection>(Validate(device, payload, topic).Rejection).Reason;

    [Fact]
    public void Valid_river_gauge_payload_becomes_river_level_observed_with_device_and_sequence_as_reading_id()
    {
        var outcome = Validate(TestDevices.Gauge, Payloads.For(TestDevices.Gauge, seq: 42));

        var reading = Assert.IsType<RiverLevelObserved>(outcome.Reading);
        Assert.Equal("gauge-ogori:42", reading.ReadingId);
        Assert.Equal("fushino-ogori", reading.StationId);
        Assert.Equal("ogori", reading.District);
        Assert.Equal(2.34, reading.WaterLevelMeters);
        Assert.Equal(TestDevices.Now, reading.ObservedAt);
        Assert.Equal(42, outcome.Sequence);
    }

    [Fact]
    public void Valid_shelter_vehicle_and_dock_payloads_become_their_typed_readings()
    {
        var shelter = Assert.IsType<ShelterOccupancyObserved>(Validate(TestDevices.Counter, Payloads.For(TestDevices.Counter)).Reading);
        Assert.Equal((120, 300, "ogori-cc"), (shelter.PeoplePresent, shelter.Capacity, shelter.ShelterId));

        var vehicle = Assert.IsType<VehiclePositionObserved>(Validate(TestDevices.Vehicle, Payloads.For(TestDevices.Vehicle)).Reading);
        Assert.Equal((34.095, 131.395, 32.5, 271.0), (vehicle.Latitude, vehicle.Longitude, vehicle.SpeedKmh, vehicle.HeadingDegrees));

        var dock = Assert.IsType<CycleDockObserved>(Validate(TestDevices.Dock, Payloads.For(TestDevices.Dock)).Reading);
        Assert.Equal((7, 9, "dock-ogori-1:1"), (dock.BikesAvailable, dock.DocksFree, dock.ReadingId));
    }

    [Fact]
    public void Shelter_capacity_is_optional()
    {
        var payload = Payloads.For(TestDevices.Counter);
        payload.Remove("capacity");

        Assert.Null(Assert.IsType<ShelterOccupancyObserved>(Validate(TestDevices.Counter, payload).Reading).Capacity);
    }

    [Theory]
    [InlineData("river-gauge", "levelM", -5.01)]
    [InlineData("river-gauge", "levelM", 30.01)]
    [InlineData("shelter-counter", "present", -1)]
    [InlineData("shelter-counter", "present", 100_001)]
    [InlineData("vehicle", "lat", 19.99)]
    [InlineData("vehicle", "lat", 46.01)]
    [InlineData("vehicle", "lon", 121.99)]
    [InlineData("vehicle", "lon", 154.01)]
    [InlineData("vehicle", "speedKmh", -0.1)]
    [InlineData("vehicle", "speedKmh", 200.1)]
    [InlineData("vehicle", "headingDeg", -0.1)]
    [InlineData("vehicle", "headingDeg", 360.1)]
    [InlineData("cycle-dock", "bikes", -1)]
    [InlineData("cycle-dock", "freeDocks", -1)]
    [InlineData("river-gauge", "seq", -1)]
    public void Value_outside_its_physical_range_is_rejected_as_out_of_range(string type, string field, double value)
    {
        var device = TestDevices.All.Single(d => d.Type.ToString() == TypeName(type));
        var payload = Payloads.For(device);
        payload[field] = value == Math.Floor(value) ? JsonValue.Create((long)value) : JsonValue.Create(value);

        Assert.Equal(RejectionReasons.OutOfRange, Reason(device, payload));
    }

    [Theory]
    [InlineData("river-gauge", "levelM", -5.0)]
    [InlineData("river-gauge", "levelM", 30.0)]
    [InlineData("vehicle", "headingDeg", 360.0)]
    [InlineData("vehicle", "lat", 20.0)]
    [InlineData("vehicle", "speedKmh", 0.0)]
    public void Range_limits_themselves_are_accepted(string type, string field, double value)
    {
        var device = TestDevices.All.Single(d => d.Type.ToString() == TypeName(type));
        var payload = Payloads.For(device);
        payload[field] = value;

        Assert.True(Validate(device, payload).IsAccepted);
    }

    [Theory]
    [InlineData("levelM", "\"2.5\"", RejectionReasons.WrongType)]
    [InlineData("levelM", "true", RejectionReasons.WrongType)]
    [InlineData("levelM", "null", RejectionReasons.MissingField)]
    [InlineData("levelM", "[2.5]", RejectionReasons.WrongType)]
    [InlineData("levelM", "1e400", RejectionReasons.WrongType)]
    [InlineData("seq", "1.5", RejectionReasons.WrongType)]
    [InlineData("seq", "\"7\"", RejectionReasons.WrongType)]
    [InlineData("v", "2", RejectionReasons.UnsupportedVersion)]
    [InlineData("v", "\"1\"", RejectionReasons.WrongType)]
    [InlineData("station", "42", RejectionReasons.WrongType)]
    [InlineData("station", "\"\"", RejectionReasons.InvalidFormat)]
    [InlineData("station", "\"a/b\"", RejectionReasons.InvalidFormat)]
    [InlineData("station", "\"駅\"", RejectionReasons.InvalidFormat)]
    [InlineData("station", "\"ok\\n\"", RejectionReasons.InvalidFormat)]
    [InlineData("district", "\"yuda\"", RejectionReasons.DistrictMismatch)]
    [InlineData("ts", "\"2025-07-01T09:30:00\"", RejectionReasons.InvalidFormat)]
    [InlineData("ts", "\"yesterday\"", RejectionReasons.InvalidFormat)]
    [InlineData("ts", "1751329800", RejectionReasons.WrongType)]
    [InlineData("ts", "\"2025-07-01T09:32:01+09:00\"", RejectionReasons.TimestampInFuture)]
    [InlineData("ts", "\"2025-06-30T09:29:59+09:00\"", RejectionReasons.TimestampTooOld)]
    public void Wrong_river_gauge_field_is_rejected_with_its_reason(string field, string json, string reason)
    {
        var payload = Payloads.For(TestDevices.Gauge);
        payload[field] = JsonNode.Parse(json);

        Assert.Equal(reason, Reason(TestDevices.Gauge, payload));
    }

    [Theory]
    [InlineData("v")]
    [InlineData("seq")]
    [InlineData("ts")]
    [InlineData("station")]
    [InlineData("district")]
    [InlineData("levelM")]
    public void Missing_required_field_is_rejected_naming_the_field(string field)
    {
        var payload = Payloads.For(TestDevices.Gauge);
        payload.Remove(field);

        var rejection = Validate(TestDevices.Gauge, payload).Rejection!;
        Assert.Equal(RejectionReasons.MissingField, rejection.Reason);
        Assert.Contains(field, rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void String_with_a_lone_surrogate_escape_is_rejected_as_invalid_format()
    {
        var text = Payloads.For(TestDevices.Gauge).ToJsonString().Replace("fushino-ogori", "\\ud800", StringComparison.Ordinal);

        var outcome = ReadingValidator.Validate(Payloads.Topic(TestDevices.Gauge), Encoding.UTF8.GetBytes(text), TestDevices.Gauge, TestDevices.Now);

        Assert.Equal(RejectionReasons.InvalidFormat, outcome.Rejection?.Reason);
    }

    [Fact]
    public void Clock_skew_up_to_two_minutes_is_tolerated()
    {
        Assert.True(Validate(TestDevices.Gauge, Payloads.For(TestDevices.Gauge, ts: TestDevices.Now.AddMinutes(2))).IsAccepted);
        Assert.True(Validate(TestDevices.Gauge, Payloads.For(TestDevices.Gauge, ts: TestDevices.Now.AddHours(-23.9))).IsAccepted);
    }

    [Fact]
    public void Unknown_device_is_rejected()
    {
        var outcome = ReadingValidator.Validate(Payloads.Topic(TestDevices.Gauge), Payloads.Bytes(Payloads.For(TestDevices.Gauge)), device: null, TestDevices.Now);

        Assert.Equal(RejectionReasons.UnknownDevice, outcome.Rejection?.Reason);
    }

    [Fact]
    public void Device_publishing_on_a_topic_its_type_does_not_allow_is_rejected()
    {
        var topic = SensorTopics.For(DeviceType.Vehicle, TestDevices.Gauge.Id);

        Assert.Equal(RejectionReasons.TopicNotAllowed, Reason(TestDevices.Gauge, Payloads.For(TestDevices.Vehicle), topic));
    }

    [Theory]
    [InlineData("cityos/v1/river-gauges/gauge-ogori")]
    [InlineData("cityos/v2/river-gauges/gauge-ogori/level")]
    [InlineData("cityos/v1/river-gauges/Gauge+Ogori/level")]
    [InlineData("cityos/v1/weather/gauge-ogori/level")]
    public void Topic_outside_the_scheme_is_rejected(string topic)
    {
        Assert.Equal(RejectionReasons.UnknownTopic, Reason(TestDevices.Gauge, Payloads.For(TestDevices.Gauge), topic));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"v\":1,")]
    [InlineData("{\"v\":1,\"v\":1}")]
    [InlineData("{\"v\":NaN}")]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}")]
    [InlineData("")]
    public void Malformed_json_is_rejected(string text)
    {
        var outcome = ReadingValidator.Validate(Payloads.Topic(TestDevices.Gauge), Encoding.UTF8.GetBytes(text), TestDevices.Gauge, TestDevices.Now);

        Assert.Equal(RejectionReasons.MalformedJson, outcome.Rejection?.Reason);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Json_that_is_not_an_object_is_rejected(string text)
    {
        var outcome = ReadingValidator.Validate(Payloads.Topic(TestDevices.Gauge), Encoding.UTF8.GetBytes(text), TestDevices.Gauge, TestDevices.Now);

        Assert.Equal(RejectionReasons.NotAnObject, outcome.Rejection?.Reason);
    }

    [Fact]
    public void Payload_over_the_size_limit_is_rejected_before_parsing()
    {
        var payload = Payloads.For(TestDevices.Gauge);
        payload["padding"] = new string('x', ReadingValidator.MaxPayloadBytes);

        Assert.Equal(RejectionReasons.PayloadTooLarge, Reason(TestDevices.Gauge, payload));
    }

    [Fact]
    public void Unknown_extra_fields_are_ignored_so_devices_can_evolve_additively()
    {
        var payload = Payloads.For(TestDevices.Gauge);
        payload["batteryV"] = 3.6;

        Assert.True(Validate(TestDevices.Gauge, payload).IsAccepted);
    }

    private static string TypeName(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}

using System.Text.Json.Serialization;

namespace CityOs.Sensors.Devices;

/// <summary>What a device measures; decides its topic and payload schema (docs/sensors.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeviceType>))]
public enum DeviceType
{
    [JsonStringEnumMemberName("river-gauge")]
    RiverGauge,

    [JsonStringEnumMemberName("shelter-counter")]
    ShelterCounter,

    [JsonStringEnumMemberName("vehicle")]
    Vehicle,

    [JsonStringEnumMemberName("cycle-dock")]
    CycleDock,
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

/// <summary>Valid v1 payloads per device type (docs/sensors.md), as JSON nodes a test can then break.</summary>
internal static class Payloads
{
    public static JsonObject For(Device device, long seq = 1, DateTimeOffset? ts = null)
    {
        var payload = new JsonObject { ["v"] = 1, ["ts"] = (ts ?? TestDevices.Now).ToString("O"), ["seq"] = seq };
        var fields = device.Type switch
        {
            DeviceType.RiverGauge => new JsonObject { ["station"] = "fushino-ogori", ["district"] = device.District, ["levelM"] = 2.34 },
            DeviceType.ShelterCounter => new JsonObject { ["shelter"] = "ogori-cc", ["present"] = 120, ["capacity"] = 300 },
            DeviceType.Vehicle => new JsonObject { ["vehicle"] = "bus-1", ["lat"] = 34.095, ["lon"] = 131.395, ["speedKmh"] = 32.5, ["headingDeg"] = 271.0 },
            _ => new JsonObject { ["dock"] = "shin-yamaguchi-station", ["bikes"] = 7, ["freeDocks"] = 9 },
        };
        foreach (var (key, value) in fields)
        {
            payload[key] = value?.DeepClone();
        }

        return payload;
    }

    public static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);

    public static string Topic(Device device) => SensorTopics.For(device.Type, device.Id);
}

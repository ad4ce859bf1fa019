namespace CityOs.Sensors.Devices;

/// <summary>The topic scheme <c>cityos/v1/{kind}/{deviceId}/{leaf}</c>, one kind and leaf per device type (docs/sensors.md).</summary>
public static class SensorTopics
{
    public const string Root = "cityos/v1";
    public const string DeadLetterFilter = Root + "/dead-letter/#";

    private static readonly Dictionary<DeviceType, (string Kind, string Leaf)> Shapes = new()
    {
        [DeviceType.RiverGauge] = ("river-gauges", "level"),
        [DeviceType.ShelterCounter] = ("shelter-counters", "occupancy"),
        [DeviceType.Vehicle] = ("vehicles", "position"),
        [DeviceType.CycleDock] = ("cycle-docks", "status"),
    };

    /// <summary>The filters Sensors subscribes to: one per device type.</summary>
    public static IReadOnlyList<string> Filters { get; } = [.. Shapes.Values.Select(s => $"{Root}/{s.Kind}/+/{s.Leaf}")];

    public static string For(DeviceType type, string deviceId) => $"{Root}/{Shapes[type].Kind}/{deviceId}/{Shapes[type].Leaf}";

    public static string DeadLetter(string deviceId) => $"{Root}/dead-letter/{deviceId}";

    /// <summary>Reads the device type and id out of a reading topic; false for anything outside the scheme.</summary>
    public static bool TryParse(string topic, out DeviceType type, out string deviceId)
    {
        type = default;
        deviceId = "";
        var levels = topic.Split('/');
        if (levels.Length != 5 || $"{levels[0]}/{levels[1]}" != Root || !DeviceIds.IsValid(levels[3]))
        {
            return false;
        }

        foreach (var (candidate, shape) in Shapes)
        {
            if (levels[2] == shape.Kind && levels[4] == shape.Leaf)
            {
                type = candidate;
                deviceId = levels[3];
                return true;
            }
        }

        return false;
    }
}

using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

internal static class TestDevices
{
    public static readonly DateTimeOffset Now = new(2025, 7, 1, 9, 30, 0, TimeSpan.FromHours(9));

    public static Device Of(DeviceType type, string id, string district = "ogori") => new()
    {
        Id = id,
        Type = type,
        District = district,
        Topics = [SensorTopics.For(type, id)],
        RegisteredAt = Now.AddDays(-30),
    };

    public static Device Gauge { get; } = Of(DeviceType.RiverGauge, "gauge-ogori");

    public static Device Counter { get; } = Of(DeviceType.ShelterCounter, "counter-ogori-1");

    public static Device Vehicle { get; } = Of(DeviceType.Vehicle, "vehicle-bus-1");

    public static Device Dock { get; } = Of(DeviceType.CycleDock, "dock-ogori-1");

    public static IReadOnlyList<Device> All { get; } = [Gauge, Counter, Vehicle, Dock];
}

namespace CityOs.Sensors.Devices;

/// <summary>One entry of data/devices.json: what a device is and where; credentials are issued separately.</summary>
public sealed record DeviceSeed
{
    public required string Id { get; init; }

    public required DeviceType Type { get; init; }

    public required string District { get; init; }
}

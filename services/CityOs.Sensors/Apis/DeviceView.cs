using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Apis;

/// <summary>A device as the API shows it: never its password hash.</summary>
public sealed record DeviceView(string Id, DeviceType Type, string District, IReadOnlyList<string> Topics, bool HasCredentials, DateTimeOffset RegisteredAt)
{
    public static DeviceView From(Device device) =>
        new(device.Id, device.Type, device.District, device.Topics, device.PasswordHash is not null, device.RegisteredAt);
}

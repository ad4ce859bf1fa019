namespace CityOs.Sensors.Apis;

/// <summary>A device with its broker credentials. The password is shown only in this answer; the registry keeps a hash.</summary>
public sealed record DeviceCredentials(DeviceView Device, string UserName, string? Password);

namespace CityOs.Sensors.Apis;

/// <summary>Body of <c>POST /api/sensors/v1/devices</c>. Without a password, one is generated and returned once.</summary>
public sealed record RegisterDeviceRequest(string? Id, string? Type, string? District, string? Password);

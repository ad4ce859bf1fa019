namespace CityOs.Testing;

/// <summary>A device's broker login as the Sensors API issues it.</summary>
public sealed record DeviceCredentials(string UserName, string? Password);

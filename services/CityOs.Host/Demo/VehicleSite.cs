namespace CityOs.Host.Demo;

/// <summary>A simulated city vehicle driving back and forth through the centres of <see cref="Route"/>'s districts.</summary>
public sealed record VehicleSite(string DeviceId, string Vehicle, string District, double CruiseKmh, IReadOnlyList<string> Route);

namespace CityOs.Host.Demo;

/// <summary>A simulated share-cycle dock.</summary>
public sealed record DockSite(string DeviceId, string Dock, string District, int Capacity);

namespace CityOs.Host.Demo;

/// <summary>A simulated evacuation shelter with a people counter at its door.</summary>
public sealed record ShelterSite(string DeviceId, string Shelter, string Name, string District, int Capacity);

namespace CityOs.Host.Demo;

/// <summary>A simulated river gauge: its calm level, how far the storm raises it, and how late the flood wave arrives.</summary>
public sealed record RiverSite(string DeviceId, string Station, string River, string District, double BaseM, double PeakRiseM, double LagHours, RiverThresholds ThresholdsM);

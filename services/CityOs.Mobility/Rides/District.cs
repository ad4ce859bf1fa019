namespace CityOs.Mobility.Rides;

/// <summary>A district centre from data/districts.csv: where the service area and the KPIs are anchored.</summary>
public sealed record District(string Code, string NameEn, double Lat, double Lon);

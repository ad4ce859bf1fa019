namespace CityOs.Mobility.Rides;

/// <summary>A pickup or drop-off point; <see cref="Label"/> (e.g. "Yamaguchi Red Cross Hospital, east door") is for the driver only.</summary>
public sealed record RidePlace(double Lat, double Lon, string? Label = null);

namespace CityOs.Mobility.Rides;

public sealed record PlaceRequest(double Lat, double Lon, string? Label = null);

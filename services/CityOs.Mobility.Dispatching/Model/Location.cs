namespace CityOs.Mobility.Dispatching.Model;

/// <summary>A point as the travel-time model understands it: planar X/Y for benchmarks, longitude/latitude for the city.</summary>
public readonly record struct Location(double X, double Y);

namespace CityOs.Mobility.Dispatching.Benchmarks;

/// <summary>One node line of a Cordeau instance: <c>id x y service_duration load earliest latest</c>.</summary>
public sealed record CordeauNode(int Id, double X, double Y, double ServiceTime, int Load, double Earliest, double Latest);

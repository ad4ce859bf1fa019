namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>When a stop is reached, served and left, and how many seats are taken on leaving it.</summary>
public readonly record struct ScheduledStop(Stop Stop, double Arrival, double ServiceStart, double Departure, int LoadAfter);

using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit;

/// <summary>A trip's call at a stop: the trip and the index of the call in its stop times.</summary>
public sealed record StopVisit(TransitTrip Trip, int Index)
{
    public TransitStopTime StopTime => Trip.StopTimes[Index];

    public bool IsLast => Index == Trip.StopTimes.Count - 1;
}

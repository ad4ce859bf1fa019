namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>Why a route cannot be driven; <see cref="None"/> when it can.</summary>
public enum RouteViolation
{
    None,
    MalformedRoute,
    Capacity,
    TimeWindow,
    RideTime,
    RouteDuration,
}

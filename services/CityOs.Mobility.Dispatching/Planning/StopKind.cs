namespace CityOs.Mobility.Dispatching.Planning;

public enum StopKind
{
    Pickup,
    Dropoff,
}

namespace CityOs.Mobility.Rides;

public enum RideChannel
{
    App,
    Phone,
    Partner,
    Evacuation,
}

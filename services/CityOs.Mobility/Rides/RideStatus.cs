namespace CityOs.Mobility.Rides;

public enum RideStatus
{
    Scheduled,

    /// <summary>No vehicle could take it as asked; alternatives may have been offered.</summary>
    NotServed,

    Cancelled,

    /// <summary>Removed from its vehicle to make room for an evacuation ride; the rider is offered an alternative.</summary>
    Displaced,
}

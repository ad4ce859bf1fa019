namespace CityOs.Mobility.Transit.Realtime;

/// <summary>GTFS-Realtime's VehicleStopStatus, in the same order so the numbers match the protobuf enum.</summary>
public enum VehicleStopStatus
{
    IncomingAt = 0,
    StoppedAt = 1,
    InTransitTo = 2,
}

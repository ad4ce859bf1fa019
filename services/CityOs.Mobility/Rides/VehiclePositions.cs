using System.Collections.Concurrent;
using CityOs.Contracts.Sensors;

namespace CityOs.Mobility.Rides;

/// <summary>
/// Latest fix per demand taxi, in memory: a lost fix after a restart is replaced within seconds by the next one,
/// and the plan only needs where a vehicle is now.
/// </summary>
public sealed class VehiclePositions
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, VehiclePositionObserved> _latest = new();

    public void Record(VehiclePositionObserved fix) =>
        _latest.AddOrUpdate(fix.VehicleId, fix, (_, old) => old.ObservedAt >= fix.ObservedAt ? old : fix);

    public (double Lat, double Lon)? Current(string vehicleId, DateTimeOffset now) =>
        _latest.TryGetValue(vehicleId, out var fix) && now - fix.ObservedAt <= Fresh ? (fix.Latitude, fix.Longitude) : null;
}

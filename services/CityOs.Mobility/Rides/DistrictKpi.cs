namespace CityOs.Mobility.Rides;

/// <summary>Ride figures of one district (of the pickup) for the city office: counts and ratios only, no rider or place.</summary>
public sealed record DistrictKpi
{
    public required string District { get; init; }

    /// <summary>Every booking request, cancelled ones included.</summary>
    public required int Requests { get; init; }

    /// <summary>Scheduled rides over requests the rider did not cancel; null with no such requests.</summary>
    public double? ServedShare { get; init; }

    /// <summary>Scheduled rides that had another party aboard at some point, over scheduled rides.</summary>
    public double? SharedShare { get; init; }

    /// <summary>Planned vehicle-km (empty running included) per passenger carried.</summary>
    public double? VehicleKmPerPassenger { get; init; }

    /// <summary>Planned pickup minus requested earliest pickup, in minutes, over rides booked by pickup time.</summary>
    public double? MeanWaitMinutes { get; init; }
}

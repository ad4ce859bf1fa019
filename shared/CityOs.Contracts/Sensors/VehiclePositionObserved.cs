namespace CityOs.Contracts.Sensors;

/// <summary>A validated position fix from a vehicle's on-board unit. Non-personal: a vehicle, a place and a time.</summary>
public sealed record VehiclePositionObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string VehicleId { get; init; }

    public required string DeviceId { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public required double SpeedKmh { get; init; }

    /// <summary>Degrees clockwise from north.</summary>
    public required double HeadingDegrees { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>GTFS trip_id when the on-board unit knows which trip it runs.</summary>
    public string? TripId { get; init; }

    /// <summary>District code from data/districts.csv, when known.</summary>
    public string? District { get; init; }
}

namespace CityOs.Contracts.Sensors;

/// <summary>A validated position of a city vehicle (bus, shared taxi, patrol car); the vehicle, not its passengers.</summary>
public sealed record VehiclePositionObserved
{
    /// <summary>Stable id of the reading (device id + device sequence), used by consumers to drop duplicates.</summary>
    public required string ReadingId { get; init; }

    public required string VehicleId { get; init; }

    public required string DeviceId { get; init; }

    /// <summary>Home district of the vehicle as registered, not where it is now.</summary>
    public required string District { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public required double SpeedKmh { get; init; }

    /// <summary>Degrees clockwise from true north, 0–360.</summary>
    public required double HeadingDegrees { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }
}

namespace CityOs.Mobility.Transit.Realtime;

/// <summary>A vehicle's latest fix and where that puts it on its trip. One small document per vehicle.</summary>
public sealed record VehicleState
{
    public required string VehicleId { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required double SpeedKmh { get; init; }

    public required double HeadingDegrees { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }

    public string? TripId { get; init; }

    public string? RouteId { get; init; }

    public DateOnly? ServiceDate { get; init; }

    /// <summary>Index in the trip's stop times of the stop the vehicle stands at or heads for.</summary>
    public int? StopIndex { get; init; }

    public int? CurrentStopSequence { get; init; }

    public string? CurrentStopId { get; init; }

    public VehicleStopStatus? Status { get; init; }

    /// <summary>Seconds behind (positive) or ahead of (negative) the timetable.</summary>
    public int? DelaySeconds { get; init; }

    /// <summary>Reading ids seen lately, so a redelivered reading changes nothing.</summary>
    public List<string> RecentReadingIds { get; init; } = [];
}

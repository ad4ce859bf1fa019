namespace CityOs.Mobility.Transit.Model;

/// <summary>A trip with its stop times in order: one document each, so no document grows with the size of the network.</summary>
public sealed record TransitTrip
{
    public required string TripId { get; init; }

    public required string RouteId { get; init; }

    public required string ServiceId { get; init; }

    public string? Headsign { get; init; }

    public string? HeadsignEn { get; init; }

    public int? DirectionId { get; init; }

    /// <summary>GTFS-JP jp_office_id: the depot (営業所) that runs the trip.</summary>
    public string? OfficeId { get; init; }

    public required List<TransitStopTime> StopTimes { get; init; }
}

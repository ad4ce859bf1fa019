namespace CityOs.Mobility.Transit.Departures;

/// <summary>One bus leaving a stop, with the route and destination in Japanese and English for the app.</summary>
public sealed record Departure
{
    public required string TripId { get; init; }

    public required string RouteId { get; init; }

    public string? RouteShortName { get; init; }

    public required string RouteName { get; init; }

    public required string RouteNameEn { get; init; }

    public string? Headsign { get; init; }

    public string? HeadsignEn { get; init; }

    /// <summary>The pole the bus leaves from (a station has several).</summary>
    public required string StopId { get; init; }

    public string? PlatformCode { get; init; }

    /// <summary>In the feed's time zone (+09:00), as riders read it on the timetable at the stop.</summary>
    public required DateTimeOffset ScheduledDeparture { get; init; }

    /// <summary>Only when a vehicle on this trip reported lately; otherwise the timetable is all there is.</summary>
    public DateTimeOffset? EstimatedDeparture { get; init; }

    public int? DelaySeconds { get; init; }

    public bool Realtime => EstimatedDeparture is not null;

    public string? VehicleId { get; init; }
}

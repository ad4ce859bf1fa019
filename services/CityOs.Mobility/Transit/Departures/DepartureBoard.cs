namespace CityOs.Mobility.Transit.Departures;

/// <summary>"When does my bus come": the next departures from a stop or from every pole of a station.</summary>
public sealed record DepartureBoard
{
    public required string StopId { get; init; }

    public required string StopName { get; init; }

    public string? StopNameEn { get; init; }

    public required DateTimeOffset At { get; init; }

    public required IReadOnlyList<Departure> Departures { get; init; }
}

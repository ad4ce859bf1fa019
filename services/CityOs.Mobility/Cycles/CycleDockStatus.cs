namespace CityOs.Mobility.Cycles;

/// <summary>A dock's latest counters; recent reading ids make a redelivered reading harmless.</summary>
public sealed record CycleDockStatus
{
    public required string DockId { get; init; }

    public required int BikesAvailable { get; init; }

    public required int DocksFree { get; init; }

    public required DateTimeOffset LastReported { get; init; }

    public List<string> RecentReadingIds { get; init; } = [];
}

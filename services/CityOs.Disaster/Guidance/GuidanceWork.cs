namespace CityOs.Disaster.Guidance;

/// <summary>Something that needs guidance (re)done. The worker turns each into a set of residents when it runs, so it sees the latest state.</summary>
public sealed record GuidanceWork
{
    /// <summary><c>alert</c>, <c>break-glass</c>, <c>shelter</c>, <c>flooding</c>, <c>ride-scheduled</c>, <c>ride-declined</c> or <c>deadline</c>.</summary>
    public required string Trigger { get; init; }

    public IReadOnlyList<string> Districts { get; init; } = [];

    public string? ShelterId { get; init; }

    public Contracts.Evacuation.EvacuationRideScheduled? Ride { get; init; }

    public Contracts.Evacuation.EvacuationRideDeclined? Declined { get; init; }
}

namespace CityOs.Contracts.Office;

/// <summary>City-wide evacuation progress over the affected residents (registered, in a district at level 3 or more).</summary>
public sealed record EvacuationProgress
{
    public required int Affected { get; init; }

    public required int Guided { get; init; }

    public required int Assisted { get; init; }

    public required int WaitingForVehicle { get; init; }

    public required int RidesScheduled { get; init; }

    public required int Unassisted { get; init; }

    public required IReadOnlyDictionary<string, int> UnassistedReasons { get; init; }

    /// <summary>Safety check-ins (安否確認) reported safe or at a shelter, over all registered residents.</summary>
    public required int Safe { get; init; }

    public required int MaxAlertLevel { get; init; }
}

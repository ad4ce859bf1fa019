namespace CityOs.Contracts.Evacuation;

/// <summary>A district's evacuation alert level (警戒レベル) changed. Non-personal.</summary>
public sealed record AlertRaised
{
    public required Guid AlertId { get; init; }

    public required string District { get; init; }

    /// <summary>0–5; 3 高齢者等避難, 4 避難指示, 5 緊急安全確保.</summary>
    public required int Level { get; init; }

    public required int PreviousLevel { get; init; }

    public required string StationId { get; init; }

    public required DateTimeOffset At { get; init; }
}

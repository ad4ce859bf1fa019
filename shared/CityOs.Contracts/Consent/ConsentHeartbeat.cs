namespace CityOs.Contracts.Consent;

/// <summary>Sent every second: a cache that has not heard one recently, or sees a sequence gap, is in doubt and asks Consent.</summary>
public sealed record ConsentHeartbeat
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }
}

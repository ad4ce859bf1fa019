namespace CityOs.Disaster.Safety;

public sealed record SafetyReport
{
    public required string Pseudonym { get; init; }

    public required string District { get; init; }

    public required string Status { get; init; }

    /// <summary><c>self</c>, <c>proxy</c>, <c>supporter</c> or <c>staff</c>.</summary>
    public required string ReportedBy { get; init; }

    public string? ShelterId { get; init; }

    public required DateTimeOffset At { get; init; }
}

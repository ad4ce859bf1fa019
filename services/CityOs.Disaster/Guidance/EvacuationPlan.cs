namespace CityOs.Disaster.Guidance;

/// <summary>An individual evacuation plan (個別避難計画): drawn up by staff, or proposed by the service and confirmed by staff.</summary>
public sealed record EvacuationPlan
{
    public required string Pseudonym { get; init; }

    public string? ShelterId { get; init; }

    /// <summary>Supporter codes in order of preference.</summary>
    public IReadOnlyList<string> SupporterIds { get; init; } = [];

    public required string Method { get; init; }

    /// <summary><c>staff</c> or <c>proposed</c>.</summary>
    public required string Source { get; init; }

    public required bool Confirmed { get; init; }

    public string? StaffId { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

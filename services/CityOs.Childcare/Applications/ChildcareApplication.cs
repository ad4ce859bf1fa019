using CityOs.Childcare.Allocation;

namespace CityOs.Childcare.Applications;

/// <summary>A stored application; what the family sees when it tracks its status.</summary>
public sealed record ChildcareApplication
{
    public required string Id { get; init; }

    public required string Round { get; init; }

    /// <summary><c>online</c> or <c>staff</c> (entered at a counter on the family's behalf).</summary>
    public required string Method { get; init; }

    public string? StaffId { get; init; }

    /// <summary>Set when a proxy applied through the companion app: the recorded relationship (<c>Family</c>, <c>CareManager</c>, <c>Counter</c>), never a name.</summary>
    public string? ActingAs { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary><c>submitted</c>, then <c>placed</c>, <c>partly-placed</c> or <c>waiting</c> after an allocation run.</summary>
    public required string Status { get; init; }

    public required ApplicationRequest Request { get; init; }

    public required IReadOnlyList<IReadOnlyList<string?>> Options { get; init; }

    public required PriorityPoints Points { get; init; }

    public ApplicationOutcome? Outcome { get; init; }
}

public sealed record ApplicationOutcome(string RunId, int? GrantedPreference, IReadOnlyList<ChildOutcome> Children, string SummaryJa, string SummaryEn);

public sealed record ChildOutcome(string ChildPseudonym, string? Facility, bool KeptCurrentPlace, IReadOnlyList<WaitingLine> Waiting);

public sealed record WaitingLine(string Facility, int Position, double? CutoffScore, double? OwnScore, string Ja, string En);

namespace CityOs.Childcare.Applications;

/// <summary>
/// A family's application for one round. Parents and children are named only by their childcare pseudonyms,
/// obtained from Consent's enrolment (POST /api/consent/v1/residents, forDomain=childcare); names stay in Consent's vault.
/// </summary>
public sealed record ApplicationRequest
{
    public string? Round { get; init; }

    public IReadOnlyList<string> ParentPseudonyms { get; init; } = [];

    public IReadOnlyList<ParentInput> Parents { get; init; } = [];

    /// <summary>Household adjustment codes, e.g. <c>single-parent</c>; <c>sibling-enrolled</c> is derived per facility from <see cref="SiblingsEnrolledAt"/>.</summary>
    public IReadOnlyList<string> Adjustments { get; init; } = [];

    /// <summary>Facilities where a brother or sister is already enrolled: the family scores the sibling adjustment there.</summary>
    public IReadOnlyList<string> SiblingsEnrolledAt { get; init; } = [];

    public IReadOnlyList<ChildInput> Children { get; init; } = [];

    /// <summary>Siblings applying together: joint options, best first, one facility id (or null: no place) per child in order. Derived from the children's lists when empty.</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Combinations { get; init; } = [];

    /// <summary>Set by staff entering an application on a family's behalf.</summary>
    public string? StaffId { get; init; }
}

public sealed record ParentInput(string Label, decimal? WorkHoursPerMonth, IReadOnlyList<string>? Reasons);

/// <param name="AgeClass">Age class 0–5 for nurseries and centres, school year 1–6 for after-school clubs.</param>
/// <param name="Preferences">Up to five facility ids, best first.</param>
/// <param name="CurrentFacility">The facility the child attends now, when applying for a transfer.</param>
public sealed record ChildInput(string Pseudonym, int AgeClass, IReadOnlyList<string>? Preferences, string? CurrentFacility);

namespace CityOs.Childcare.Applications;

/// <summary>
/// An application as the companion app sends it for the signed-in parent (or the parent a proxy acts for): the
/// online application without parent pseudonyms or a staff id. The applying parent is the resident Consent resolved;
/// each child is named by resident id and must be someone the caller may act for through a recorded relationship.
/// </summary>
public sealed record ResidentApplicationRequest
{
    public string? Round { get; init; }

    public IReadOnlyList<ParentInput> Parents { get; init; } = [];

    public IReadOnlyList<string> Adjustments { get; init; } = [];

    public IReadOnlyList<string> SiblingsEnrolledAt { get; init; } = [];

    public IReadOnlyList<ResidentChildInput> Children { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string?>> Combinations { get; init; } = [];

    /// <summary>The application with each child's Childcare pseudonym, in the order of <see cref="Children"/>.</summary>
    public ApplicationRequest For(string parentPseudonym, IReadOnlyList<string> childPseudonyms) => new()
    {
        Round = Round,
        ParentPseudonyms = [parentPseudonym],
        Parents = Parents,
        Adjustments = Adjustments,
        SiblingsEnrolledAt = SiblingsEnrolledAt,
        Children = [.. Children.Select((c, i) => new ChildInput(childPseudonyms[i], c.AgeClass, c.Preferences, c.CurrentFacility))],
        Combinations = Combinations,
    };
}

/// <summary>A child in a resident's application: the child's resident id (as the counter enrolled them), not a pseudonym.</summary>
public sealed record ResidentChildInput(string ResidentId, int AgeClass, IReadOnlyList<string>? Preferences, string? CurrentFacility);

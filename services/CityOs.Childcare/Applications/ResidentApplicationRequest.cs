namespace CityOs.Childcare.Applications;

/// <summary>
/// An application as the companion app sends it for the signed-in parent (or the parent a proxy acts for): the
/// online application without parent pseudonyms or a staff id. The applying parent is the resident Consent resolved.
/// </summary>
public sealed record ResidentApplicationRequest
{
    public string? Round { get; init; }

    public IReadOnlyList<ParentInput> Parents { get; init; } = [];

    public IReadOnlyList<string> Adjustments { get; init; } = [];

    public IReadOnlyList<string> SiblingsEnrolledAt { get; init; } = [];

    public IReadOnlyList<ChildInput> Children { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string?>> Combinations { get; init; } = [];

    public ApplicationRequest For(string parentPseudonym) => new()
    {
        Round = Round,
        ParentPseudonyms = [parentPseudonym],
        Parents = Parents,
        Adjustments = Adjustments,
        SiblingsEnrolledAt = SiblingsEnrolledAt,
        Children = Children,
        Combinations = Combinations,
    };
}

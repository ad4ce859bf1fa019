namespace CityOs.Childcare.Applications;

/// <summary>
/// The applications a pseudonym appears in, as a child or as a parent: one small document per person. A child's
/// entry for a round is also the claim that makes "already applied this round" race-free.
/// </summary>
public sealed record PersonIndex
{
    public IReadOnlyList<PersonEntry> Entries { get; init; } = [];
}

/// <param name="Role"><c>child</c> or <c>parent</c>.</param>
/// <param name="At">When the entry was written; an entry whose application never got stored is reclaimed after a grace period.</param>
public sealed record PersonEntry(string Round, string ApplicationId, string Role, DateTimeOffset At)
{
    public const string Child = "child";
    public const string Parent = "parent";
}

namespace CityOs.Childcare.Allocation;

/// <summary>
/// A family and one of its options that it prefers to its outcome and could claim: every child in it would find a
/// free seat, or a seat held by a lower-priority new admission.
/// </summary>
/// <param name="OptionIndex">Index in the family's <c>preferences</c>.</param>
public sealed record BlockingPair(string FamilyId, int OptionIndex, IReadOnlyList<string?> Option);

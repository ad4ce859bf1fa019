namespace CityOs.Childcare.Allocation;

/// <param name="OptionIndex">The granted option's index in <c>preferences</c>; null when the family keeps an unlisted status quo.</param>
public sealed record FamilyExplanation(string FamilyId, int? OptionIndex, string Summary, IReadOnlyList<ChildExplanation> Children);

namespace CityOs.Childcare.Allocation;

/// <param name="Parents">Each guardian; a single-parent household lists the absent parent with reason <c>absent</c>.</param>
/// <param name="Adjustments">Adjustment codes that apply, e.g. <c>single-parent</c>, <c>sibling-enrolled</c>.</param>
public sealed record HouseholdCircumstances(IReadOnlyList<ParentCircumstances> Parents, IReadOnlyCollection<string> Adjustments);

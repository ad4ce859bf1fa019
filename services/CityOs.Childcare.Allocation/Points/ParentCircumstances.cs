namespace CityOs.Childcare.Allocation;

/// <param name="Label">How the explanation names the parent, e.g. "parent 1" or "母".</param>
/// <param name="WorkHoursPerMonth">Contracted working hours per month, if working.</param>
/// <param name="Reasons">Other reasons by rule reason code, e.g. <c>illness</c>, <c>caring-full-time</c>, <c>absent</c>.</param>
public sealed record ParentCircumstances(string Label, decimal? WorkHoursPerMonth, IReadOnlyCollection<string> Reasons);

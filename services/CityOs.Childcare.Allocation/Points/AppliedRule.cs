namespace CityOs.Childcare.Allocation;

/// <summary>One line of the points a family is shown: which rule applied, to whom, and for how many points.</summary>
public sealed record AppliedRule(string Code, string Description, string Subject, decimal Points);

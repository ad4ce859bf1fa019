namespace CityOs.Childcare.Allocation;

/// <param name="Id">Child id, unique in the instance.</param>
/// <param name="Age">Age class for the allocation year, 0–5.</param>
/// <param name="FamilyId">The family that applies for this child.</param>
/// <param name="CurrentFacility">Facility where the child already has a place (a transfer applicant), or null.</param>
public sealed record Child(string Id, int Age, string FamilyId, string? CurrentFacility);

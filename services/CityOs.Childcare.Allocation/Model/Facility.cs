namespace CityOs.Childcare.Allocation;

/// <param name="Id">Facility id, unique in the instance.</param>
/// <param name="Capacity">New places per age class, indexed by age 0–5; children already enrolled are not counted here.</param>
public sealed record Facility(string Id, IReadOnlyList<int> Capacity);

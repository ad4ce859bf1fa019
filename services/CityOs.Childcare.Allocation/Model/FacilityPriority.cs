namespace CityOs.Childcare.Allocation;

/// <summary>A facility's priority list. Higher score first; equal scores keep the list order, which is how ties are broken.</summary>
public sealed record FacilityPriority(string Facility, IReadOnlyList<RankedChild> Ranking);

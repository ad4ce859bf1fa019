namespace CityOs.Childcare.Allocation;

/// <summary>A child holding a seat in a place, with its rank at that facility (lower = higher priority).</summary>
internal readonly record struct Occupant(int Rank, int Child, int Family);

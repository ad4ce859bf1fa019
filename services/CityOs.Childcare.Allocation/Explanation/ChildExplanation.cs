namespace CityOs.Childcare.Allocation;

/// <param name="Facility">Where the child is placed, or null.</param>
/// <param name="KeptCurrentPlace">The child stays where it already was.</param>
/// <param name="Waiting">Positions for the facilities the family ranked above its outcome for this child.</param>
public sealed record ChildExplanation(string ChildId, string? Facility, bool KeptCurrentPlace, IReadOnlyList<WaitingPosition> Waiting);

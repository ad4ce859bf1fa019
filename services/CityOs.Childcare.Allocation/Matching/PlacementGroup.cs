namespace CityOs.Childcare.Allocation;

/// <summary>The children of one option who need a seat in the same place, with their ranks at that facility.</summary>
/// <param name="WorstRank">The lowest priority among them: the group gets in only if this child would.</param>
internal sealed record PlacementGroup(int Place, int[] Children, int[] Ranks, int WorstRank);

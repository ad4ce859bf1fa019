namespace CityOs.Childcare.Allocation;

/// <summary>One joint option of a family, with its children grouped by the place (facility × age class) they claim.</summary>
/// <param name="InputIndex">Index in the family's <c>preferences</c>, or -1 for the implicit status quo.</param>
/// <param name="Facilities">Facility index per child slot of the family, or -1 for "not placed".</param>
internal sealed record MarketOption(int InputIndex, int[] Facilities, PlacementGroup[] Groups)
{
    public int PlacedCount { get; } = Groups.Sum(g => g.Children.Length);
}

namespace CityOs.Childcare.Allocation;

/// <param name="Choice">Per family, the index of its chosen option in <see cref="MarketFamily.Options"/>.</param>
/// <param name="BlockingPairs">Blocking (family, option) pairs left when the search ended; 0 when stable.</param>
/// <param name="Proposals">Options examined, for tuning the budget.</param>
internal sealed record SearchOutcome(int[] Choice, int BlockingPairs, long Proposals)
{
    public bool Stable => BlockingPairs == 0;
}

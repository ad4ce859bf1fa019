namespace CityOs.Childcare.Allocation;

/// <param name="Choice">Per family, the index of its chosen option in <see cref="MarketFamily.Options"/>.</param>
/// <param name="Stable">Whether the search ended with no blocking family.</param>
/// <param name="Proposals">Options examined, for tuning the budget.</param>
internal sealed record SearchOutcome(int[] Choice, bool Stable, long Proposals);

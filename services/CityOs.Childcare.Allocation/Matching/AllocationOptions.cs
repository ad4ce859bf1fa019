namespace CityOs.Childcare.Allocation;

/// <summary>Search effort. The defaults keep a 5,000-child city run well under a second on two cores.</summary>
public sealed record AllocationOptions
{
    /// <summary>Processing orders tried by the fast search when siblings make the outcome order-dependent.</summary>
    public int SearchAttempts { get; init; } = 4;

    /// <summary>Proposals allowed per attempt, per listed option; sibling markets can cycle, this ends them.</summary>
    public int ProposalsPerOption { get; init; } = 20;

    public ExactSearchMode ExactSearch { get; init; } = ExactSearchMode.WhenNeeded;

    /// <summary>Markets with at most this many children count as small for <see cref="ExactSearchMode.WhenNeeded"/>.</summary>
    public int SmallMarketChildren { get; init; } = 500;

    public TimeSpan ExactSearchTimeLimit { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>CP-SAT workers; 1 keeps runs reproducible when the time limit is not reached.</summary>
    public int ExactSearchWorkers { get; init; } = 1;

    /// <summary>Skips the exact search when its no-blocking constraints would hold more terms than this.</summary>
    public long ExactSearchMaxTerms { get; init; } = 5_000_000;

    public static AllocationOptions Default { get; } = new();
}

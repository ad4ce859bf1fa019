namespace CityOs.Childcare.Allocation;

/// <summary>Search effort. The defaults keep a 5,000-child city run well under a second on two cores.</summary>
public sealed record AllocationOptions
{
    /// <summary>Processing orders tried by the fast search when siblings make the outcome order-dependent.</summary>
    public int SearchAttempts { get; init; } = 4;

    /// <summary>Proposals allowed per attempt, per listed option; sibling markets can cycle, this ends them.</summary>
    public int ProposalsPerOption { get; init; } = 20;

    public ExactSearchMode ExactSearch { get; init; } = ExactSearchMode.WhenNeeded;

    /// <summary>
    /// <see cref="ExactSearchMode.WhenNeeded"/> looks for a stable outcome placing more children up to this market size;
    /// beyond it CP-SAT rarely finishes within the time limit.
    /// </summary>
    public int ExactSearchChildLimitWhenStable { get; init; } = 500;

    /// <summary><see cref="ExactSearchMode.WhenNeeded"/> looks for any stable outcome up to this market size when the fast search found none.</summary>
    public int ExactSearchChildLimitWhenUnstable { get; init; } = 2000;

    public TimeSpan ExactSearchTimeLimit { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>CP-SAT workers; 1 keeps runs reproducible when the time limit is not reached.</summary>
    public int ExactSearchWorkers { get; init; } = 1;

    /// <summary>Skips the exact search when its no-blocking constraints would hold more terms than this.</summary>
    public long ExactSearchMaxTerms { get; init; } = 5_000_000;

    public static AllocationOptions Default { get; } = new();
}

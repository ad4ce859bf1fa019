namespace CityOs.Childcare.Allocation;

/// <summary>When the allocator runs the exact CP-SAT search on sibling markets.</summary>
public enum ExactSearchMode
{
    Never,

    /// <summary>When the fast search found no stable outcome, or the market is small enough to settle the maximum quickly.</summary>
    WhenNeeded,

    /// <summary>Always, within the time limit: proves the maximum on city-size markets given a few seconds.</summary>
    Always,
}

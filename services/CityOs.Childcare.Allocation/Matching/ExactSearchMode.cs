namespace CityOs.Childcare.Allocation;

/// <summary>When the allocator runs the exact CP-SAT search on sibling markets.</summary>
public enum ExactSearchMode
{
    Never,

    /// <summary>On markets small enough for CP-SAT to settle within the time limit (see <see cref="AllocationOptions"/>).</summary>
    WhenNeeded,

    /// <summary>Always, within the time limit: proves the maximum on city-size markets given a few seconds.</summary>
    Always,
}

namespace CityOs.Childcare.Allocation;

/// <summary>What the exact (CP-SAT) search established.</summary>
public enum ExactStatus
{
    /// <summary>The exact search was not run (disabled, or not needed: singles only).</summary>
    NotRun,

    /// <summary>The model exceeded the configured size limit.</summary>
    TooLarge,

    /// <summary>The time limit ran out before anything was proven.</summary>
    Unknown,

    /// <summary>A stable outcome was found, but not proven to place the most children.</summary>
    Feasible,

    /// <summary>A stable outcome placing the most children among all stable outcomes.</summary>
    Optimal,

    /// <summary>Proven: no stable outcome exists for this instance.</summary>
    NoStableOutcome,
}

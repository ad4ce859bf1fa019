namespace CityOs.Mobility.Dispatching.Insertion;

public enum InsertionOutcome
{
    Inserted,

    /// <summary>The request is already on a route.</summary>
    AlreadyPlanned,

    /// <summary>The party is larger than every vehicle.</summary>
    ExceedsCapacity,

    /// <summary>Even the direct trip is longer than the maximum ride time, or the windows cannot be met from any depot.</summary>
    Unservable,

    /// <summary>Possible in principle, but no vehicle can fit it into its current route.</summary>
    NoFeasiblePosition,
}

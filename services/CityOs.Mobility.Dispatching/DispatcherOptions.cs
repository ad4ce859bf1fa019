namespace CityOs.Mobility.Dispatching;

public sealed record DispatcherOptions
{
    /// <summary>Seed of the first search; parallel searches use seeds derived from it.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Independent searches run side by side; the best result wins.</summary>
    public int Parallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Iterations per search. Set it (with a generous time limit) for results that do not depend on machine speed.</summary>
    public long MaxIterations { get; init; } = long.MaxValue;
}

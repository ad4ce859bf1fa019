using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>When the search must stop: a wall-clock limit, an optional iteration limit, or cancellation.</summary>
internal sealed class SearchBudget(TimeSpan timeLimit, long maxIterations, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Fraction of the budget used, from 0 to 1; drives the cooling schedule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Progress(long iteration) => Math.Min(1, Math.Max(
        _clock.Elapsed.TotalMilliseconds / Math.Max(1, timeLimit.TotalMilliseconds),
        maxIterations == long.MaxValue ? 0 : (double)iteration / maxIterations));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsExhausted(long iteration) =>
        iteration >= maxIterations || _clock.Elapsed >= timeLimit || cancellationToken.IsCancellationRequested;
}

namespace CityOs.Benchmarks;

/// <summary>
/// One named benchmark. Program discovers implementations by reflection so that each benchmark
/// lives in its own folder and adding one touches no shared file.
/// </summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. <c>consent</c>, <c>darp</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark. Writes one JSON document per line to <paramref name="output"/> when <paramref name="json"/> is set.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken);
}

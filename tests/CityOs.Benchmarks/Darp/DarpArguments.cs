using System.Globalization;

namespace CityOs.Benchmarks.Darp;

/// <summary>Command line of the darp benchmark; see <see cref="Usage"/>.</summary>
internal sealed record DarpArguments(IReadOnlyList<string> Files, int TimeLimitMs, int Seed, bool CompareOrTools)
{
    private const string Usage = "usage: darp FILE... [--time-limit-ms N] [--seed N] [--threads N] [--max-iterations N] [--no-ortools] [--json]";

    /// <summary>Parallel searches; default: the dispatcher's own (one per core, up to four).</summary>
    public int? Threads { get; init; }

    /// <summary>Iterations per search, for runs that do not depend on machine speed.</summary>
    public long? MaxIterations { get; init; }

    public const int DefaultTimeLimitMs = 2000;

    public static DarpArguments Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        int timeLimit = DefaultTimeLimitMs, seed = 1;
        var orTools = true;
        int? threads = null;
        long? iterations = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--time-limit-ms":
                    timeLimit = PositiveInt(args, ++i, "--time-limit-ms");
                    break;
                case "--seed":
                    seed = PositiveInt(args, ++i, "--seed");
                    break;
                case "--threads":
                    threads = PositiveInt(args, ++i, "--threads");
                    break;
                case "--max-iterations":
                    iterations = PositiveInt(args, ++i, "--max-iterations");
                    break;
                case "--no-ortools":
                    orTools = false;
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    throw new BenchmarkInputException($"unknown option '{flag}'. {Usage}");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            throw new BenchmarkInputException($"no instance file given. {Usage}");
        }

        var missing = files.FirstOrDefault(f => !File.Exists(f));
        return missing is null ? new DarpArguments(files, timeLimit, seed, orTools) { Threads = threads, MaxIterations = iterations } : throw new BenchmarkInputException($"instance file '{missing}' not found.");
    }

    private static int PositiveInt(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new BenchmarkInputException($"{option} needs a positive integer.");
}

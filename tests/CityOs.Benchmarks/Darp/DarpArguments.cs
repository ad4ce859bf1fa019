using System.Globalization;

namespace CityOs.Benchmarks.Darp;

/// <summary>Command line of the darp benchmark: <c>FILE... [--time-limit-ms N] [--seed N] [--no-ortools]</c>.</summary>
internal sealed record DarpArguments(IReadOnlyList<string> Files, int TimeLimitMs, int Seed, bool CompareOrTools)
{
    public const int DefaultTimeLimitMs = 2000;

    public static DarpArguments Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        int timeLimit = DefaultTimeLimitMs, seed = 1;
        var orTools = true;
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
                case "--no-ortools":
                    orTools = false;
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    throw new BenchmarkInputException($"unknown option '{flag}'. usage: darp FILE... [--time-limit-ms N] [--seed N] [--no-ortools] [--json]");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            throw new BenchmarkInputException("no instance file given. usage: darp FILE... [--time-limit-ms N] [--seed N] [--no-ortools] [--json]");
        }

        var missing = files.FirstOrDefault(f => !File.Exists(f));
        return missing is null ? new DarpArguments(files, timeLimit, seed, orTools) : throw new BenchmarkInputException($"instance file '{missing}' not found.");
    }

    private static int PositiveInt(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new BenchmarkInputException($"{option} needs a positive integer.");
}

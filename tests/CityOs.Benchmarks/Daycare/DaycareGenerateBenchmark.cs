using CityOs.Childcare.Allocation;

namespace CityOs.Benchmarks.Daycare;

/// <summary>Writes a generated city-size input: <c>daycare-gen N FILE [--facilities 80] [--seed 1]</c>.</summary>
public sealed class DaycareGenerateBenchmark : IBenchmark
{
    public string Name => "daycare-gen";

    public string Description => "N FILE [--facilities F] [--seed S]: write a generated nursery allocation input";

    public Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (positional.Count != 2 || !int.TryParse(positional[0], out var children) || children < 1)
        {
            throw new BenchmarkInputException("usage: daycare-gen N FILE [--facilities F] [--seed S]");
        }

        var instance = new CityGenerator(Option(args, "--seed", 1)).Generate(children, Option(args, "--facilities", 80));
        using (var file = File.Create(positional[1]))
        {
            AllocationInputWriter.Write(instance, file);
        }

        output.WriteLine(json
            ? $"{{\"file\":\"{positional[1]}\",\"children\":{instance.Children.Count},\"families\":{instance.Families.Count},\"facilities\":{instance.Facilities.Count}}}"
            : $"wrote {positional[1]}: {instance.Children.Count} children, {instance.Families.Count} families, {instance.Facilities.Count} facilities");
        return Task.FromResult(0);
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        if (at < 0)
        {
            return fallback;
        }

        return at + 1 < args.Count && int.TryParse(args[at + 1], out var value) && value > 0
            ? value
            : throw new BenchmarkInputException($"{name} needs a positive integer");
    }
}

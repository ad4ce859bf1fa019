using System.Globalization;

namespace CityOs.Benchmarks;

/// <summary>Reads <c>--name N</c> options for the benchmarks that take only numbers, refusing anything unknown.</summary>
public static class BenchmarkArgs
{
    public static IReadOnlyDictionary<string, int> Parse(IReadOnlyList<string> args, string usage, params (string Name, int Default)[] options)
    {
        var values = options.ToDictionary(o => o.Name, o => o.Default);
        for (var i = 0; i < args.Count; i++)
        {
            if (!values.ContainsKey(args[i]))
            {
                throw new BenchmarkInputException($"unknown argument '{args[i]}'. {usage}");
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new BenchmarkInputException($"{args[i]} needs a positive whole number. {usage}");
            }

            values[args[i]] = value;
            i++;
        }

        return values;
    }
}

using System.Globalization;

namespace CityOs.Host.Demo;

/// <summary><c>demo heavy-rain [--residents N] [--json FILE] [--seed S]</c>.</summary>
public sealed record DemoArguments(string Scenario, int Residents, string? JsonFile, int Seed)
{
    public const int CityPopulation = 197_192;

    public static DemoArguments Parse(IReadOnlyList<string> args)
    {
        var scenario = args.Count > 1 ? args[1] : "";
        if (scenario != "heavy-rain")
        {
            throw new ArgumentException("Usage: demo heavy-rain [--residents N] [--json FILE] [--seed S]");
        }

        var residents = CityPopulation;
        string? json = null;
        var seed = 20261126;
        for (var i = 2; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--residents":
                    residents = int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100
                        ? n : throw new ArgumentException("--residents must be a whole number of at least 100.");
                    break;
                case "--json":
                    json = Next();
                    break;
                case "--seed":
                    seed = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new DemoArguments(scenario, residents, json, seed);
    }
}

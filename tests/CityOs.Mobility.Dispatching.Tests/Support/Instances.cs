namespace CityOs.Mobility.Dispatching.Tests.Support;

/// <summary>The Cordeau files copied next to the test assembly from data/darp.</summary>
internal static class Instances
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "darp", name + ".txt");

    public static double Optimum(string name) => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "darp", "reference-costs.csv"))
        .Skip(1).Select(l => l.Split(',')).Where(p => p[0] == name)
        .Select(p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)).Single();
}

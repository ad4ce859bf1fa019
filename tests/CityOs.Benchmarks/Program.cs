using CityOs.Benchmarks;

var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length == 0 || args[0] is "-h" or "--help" || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    if (args.Length > 0 && args[0] is not ("-h" or "--help"))
    {
        Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
    }

    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/CityOs.Benchmarks -- NAME [ARGS...] [--json]");
    foreach (var b in benchmarks.Values.OrderBy(b => b.Name))
    {
        Console.Error.WriteLine($"  {b.Name,-10} {b.Description}");
    }

    return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}

var json = args.Contains("--json");
var rest = args.Skip(1).Where(a => a != "--json").ToArray();
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
try
{
    return await benchmark.RunAsync(rest, json, Console.Out, cts.Token);
}
catch (BenchmarkInputException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

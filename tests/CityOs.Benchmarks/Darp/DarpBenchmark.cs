using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using CityOs.Mobility.Dispatching;
using CityOs.Mobility.Dispatching.Benchmarks;

namespace CityOs.Benchmarks.Darp;

/// <summary>
/// Dial-a-ride dispatcher on Cordeau-format instances: cost, independent feasibility check, wall-clock time
/// (parsing included), gap to a known optimum, and OR-Tools on the same instance and budget for comparison.
/// </summary>
public sealed class DarpBenchmark : IBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Name => "darp";

    public string Description => "dial-a-ride dispatcher on Cordeau instances: FILE... [--time-limit-ms N] [--seed N] [--threads N] [--max-iterations N] [--no-ortools]";

    public Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var options = DarpArguments.Parse(args);
        DispatcherWarmup.Run(Settings(options));
        var results = new List<DarpInstanceResult>();
        foreach (var file in options.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Run(file, options, cancellationToken);
            results.Add(result);
            output.WriteLine(json ? JsonSerializer.Serialize(result, Json) : Describe(result));
        }

        var summary = DarpSummary.Of(results, options.TimeLimitMs, options.CompareOrTools);
        output.WriteLine(json ? JsonSerializer.Serialize(summary, Json) : Describe(summary));
        return Task.FromResult(summary.AllFeasible ? 0 : 1);
    }

    private static DarpInstanceResult Run(string file, DarpArguments options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var instance = Load(file);
        var dispatcher = new Dispatcher(Settings(options));
        var problem = instance.ToProblem();
        // The limit covers the whole instance, parsing included, so the search gets what is left of it.
        var solution = dispatcher.Solve(problem, TimeSpan.FromMilliseconds(options.TimeLimitMs) - clock.Elapsed, cancellationToken);
        var ms = clock.ElapsedMilliseconds;

        IReadOnlyList<IReadOnlyList<int>> routes = solution.Plan.Routes.Where(r => r.Stops.Count > 0)
            .Select(r => (IReadOnlyList<int>)r.Stops.Select(instance.NodeId).ToArray()).ToArray();
        var checker = IndependentDarpChecker.Load(file);
        var infeasibility = checker.Problem(routes);
        var cost = checker.Cost(routes);
        var optimum = ReferenceCosts.For(file);
        var result = new DarpInstanceResult(instance.Name, Math.Round(cost, 3), infeasibility is null, routes.Count, ms, routes)
        {
            Optimum = optimum,
            GapPercent = Gap(cost, optimum),
            Infeasibility = infeasibility,
            Iterations = solution.Iterations,
        };
        return options.CompareOrTools ? WithOrTools(result, instance, checker, options.TimeLimitMs) : result;
    }

    private static DispatcherOptions Settings(DarpArguments options)
    {
        var defaults = new DispatcherOptions { Seed = options.Seed };
        return defaults with
        {
            Parallelism = options.Threads ?? defaults.Parallelism,
            MaxIterations = options.MaxIterations ?? defaults.MaxIterations,
        };
    }

    private static DarpInstanceResult WithOrTools(DarpInstanceResult result, CordeauInstance instance, IndependentDarpChecker checker, int timeLimitMs)
    {
        var clock = Stopwatch.StartNew();
        var routes = OrToolsBaseline.Solve(instance, timeLimitMs);
        var ms = clock.ElapsedMilliseconds;
        if (routes is null)
        {
            return result with { OrtoolsFeasible = false, OrtoolsMs = ms };
        }

        var asLists = routes.Select(r => (IReadOnlyList<int>)r).ToList();
        var cost = checker.Cost(asLists);
        var feasible = checker.Problem(asLists) is null;
        return result with
        {
            OrtoolsCost = Math.Round(cost, 3),
            OrtoolsFeasible = feasible,
            OrtoolsServed = routes.Sum(r => r.Count) / 2,
            OrtoolsGapPercent = feasible ? Gap(cost, result.Optimum) : null,
            OrtoolsMs = ms,
        };
    }

    private static CordeauInstance Load(string file)
    {
        try
        {
            return CordeauInstance.Load(file);
        }
        catch (InstanceFormatException ex)
        {
            throw new BenchmarkInputException($"instance does not parse: {ex.Message}", ex);
        }
    }

    private static double? Gap(double cost, double? optimum) =>
        // Adding 0.0 turns a rounded -0 (cost equal to the optimum up to float noise) into 0.
        optimum is > 0 ? Math.Round(100 * (cost - optimum.Value) / optimum.Value, 3) + 0.0 : null;

    private static string Describe(DarpInstanceResult r) =>
        $"{r.Instance,-8} cost {r.Cost,9:F3} feasible {r.Feasible,-5} vehicles {r.Vehicles} {r.Ms,5} ms"
        + (r.GapPercent is { } gap ? $" gap {gap,6:F2}%" : "")
        + r.OrtoolsFeasible switch
        {
            true => $" | OR-Tools {r.OrtoolsCost,9:F3} gap {r.OrtoolsGapPercent,6:F2}%",
            false when r.OrtoolsServed is { } served => $" | OR-Tools infeasible, served {served} requests",
            false => " | OR-Tools found no solution",
            null => "",
        }
        + (r.Infeasibility is { } why ? $" ({why})" : "");

    private static string Describe(DarpSummary s) =>
        $"{s.Instances} instances, all feasible: {s.AllFeasible}, mean gap {s.MeanGapPercent:F2}%, worst {s.WorstGapPercent:F2}%, max {s.MaxMs} ms"
        + (s.OrtoolsFeasibleInstances is { } orFeasible ? $" | OR-Tools feasible on {orFeasible}/{s.Instances}" : "")
        + (s.OrtoolsMeanGapPercent is { } orMean ? $", there its mean gap {orMean:F2}% (worst {s.OrtoolsWorstGapPercent:F2}%) against ours {s.MeanGapPercentWhereOrtoolsFeasible:F2}%" : "");
}

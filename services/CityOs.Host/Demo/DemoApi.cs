using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Host.Demo;

public static class DemoApi
{
    public sealed record DemoStatus(string State, DemoReport? Report);

    public sealed record StartDemo(int? Residents);

    /// <summary>The heavy-rain exercise (訓練) on the running all-in-one city: the office starts it, analysts watch it.</summary>
    public static IEndpointRouteBuilder MapDemoApi(this IEndpointRouteBuilder app)
    {
        var demo = app.MapGroup("/api/demo/v1/heavy-rain").WithTags("Demo");
        demo.MapGet("", (DemoRunner runner) => TypedResults.Ok(new DemoStatus(runner.State, runner.Report)))
            .RequireAuthorization(CityPolicies.Analyst).WithName("HeavyRainDemoStatus").WithSummary("Whether the heavy-rain exercise is idle, running, done or failed, with its counts.");
        demo.MapPost("", Results<Accepted<DemoStatus>, ValidationProblem, Conflict<DemoStatus>> (StartDemo? body, DemoRunner runner) =>
            {
                var residents = body?.Residents ?? 4000;
                if (residents is < 100 or > DemoArguments.CityPopulation)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["residents"] = [$"100〜{DemoArguments.CityPopulation}の整数にしてください / a whole number from 100 to {DemoArguments.CityPopulation}"],
                    });
                }

                return runner.TryStart(residents)
                    ? TypedResults.Accepted("/api/demo/v1/heavy-rain", new DemoStatus(runner.State, null))
                    : TypedResults.Conflict(new DemoStatus(runner.State, runner.Report));
            })
            .RequireAuthorization(CityPolicies.Office).WithName("StartHeavyRainDemo").WithSummary("Start the heavy-rain exercise once: synthetic registry, rain over the Fushino basin, guidance.");
        return app;
    }
}

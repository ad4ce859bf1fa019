using System.Diagnostics;
using CityOs.Mobility.Dispatching.Benchmarks;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Tests.Support;
using static CityOs.Mobility.Dispatching.Tests.Support.LineWorld;

namespace CityOs.Mobility.Dispatching.Tests;

public class SolverTests
{
    [Fact]
    public void Solver_on_a2_16_is_feasible_and_within_10_percent_of_optimum()
    {
        var (routes, checker) = Solve("a2-16", TimeSpan.FromSeconds(1));

        Assert.True(checker.IsFeasibleSolution(routes));
        Assert.InRange(checker.Cost(routes), Instances.Optimum("a2-16") - 1e-3, Instances.Optimum("a2-16") * 1.10);
    }

    [Theory]
    [InlineData("a3-24")]
    [InlineData("a5-50")]
    [InlineData("a6-72")]
    [InlineData("a8-96")]
    public void Solutions_pass_an_independent_check(string name)
    {
        var (routes, checker) = Solve(name, TimeSpan.FromMilliseconds(400));

        Assert.True(checker.IsFeasibleSolution(routes));
        Assert.True(checker.Cost(routes) >= Instances.Optimum(name) - 1e-3);
    }

    [Fact]
    public void Same_seed_and_iteration_budget_give_the_same_plan()
    {
        var problem = CordeauInstance.Load(Instances.PathOf("a4-32")).ToProblem();
        var options = new DispatcherOptions { Seed = 7, Parallelism = 2, MaxIterations = 150 };

        var first = new Dispatcher(options).Solve(problem, TimeSpan.FromMinutes(5));
        var second = new Dispatcher(options).Solve(problem, TimeSpan.FromMinutes(5));

        Assert.Equal(first.Cost, second.Cost);
        Assert.Equal(first.Plan.Routes.Select(r => r.Stops), second.Plan.Routes.Select(r => r.Stops));
    }

    [Fact]
    public void Search_stops_at_the_time_limit()
    {
        var problem = CordeauInstance.Load(Instances.PathOf("a8-96")).ToProblem();
        var clock = Stopwatch.StartNew();

        var solution = new Dispatcher().Solve(problem, TimeSpan.FromMilliseconds(500));

        // Generous: other builds may share the machine; an overrun would be seconds, not a few hundred ms.
        Assert.True(clock.ElapsedMilliseconds < 1500, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(solution.AllAssigned);
    }

    [Fact]
    public void Cancellation_ends_the_search_with_the_best_plan_so_far()
    {
        var problem = CordeauInstance.Load(Instances.PathOf("a5-60")).ToProblem();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var solution = new Dispatcher().Solve(problem, TimeSpan.FromMinutes(1), cancel.Token);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.True(solution.AllAssigned);
    }

    [Fact]
    public void Request_no_vehicle_can_carry_is_left_unassigned_and_the_rest_planned()
    {
        var problem = Problem(Vehicle(capacity: 2), Trip("a", 1, 2), Trip("big", 1, 2, load: 5), Trip("c", 3, 4));

        var solution = new Dispatcher().Solve(problem, TimeSpan.FromMilliseconds(100));

        Assert.Equal([1], solution.Unassigned);
        Assert.Equal(4, solution.Plan.Routes[0].Stops.Count);
    }

    private static (IReadOnlyList<IReadOnlyList<int>> Routes, ReferenceChecker Checker) Solve(string name, TimeSpan limit)
    {
        var instance = CordeauInstance.Load(Instances.PathOf(name));
        var solution = new Dispatcher().Solve(instance.ToProblem(), limit);
        Assert.True(solution.AllAssigned);
        var routes = solution.Plan.Routes.Where(r => r.Stops.Count > 0)
            .Select(r => (IReadOnlyList<int>)r.Stops.Select(instance.NodeId).ToArray()).ToArray();
        return (routes, ReferenceChecker.FromFile(Instances.PathOf(name)));
    }
}

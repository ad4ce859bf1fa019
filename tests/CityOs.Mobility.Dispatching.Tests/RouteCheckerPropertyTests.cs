using CityOs.Mobility.Dispatching.Benchmarks;
using CityOs.Mobility.Dispatching.Planning;
using CityOs.Mobility.Dispatching.Scheduling;
using CityOs.Mobility.Dispatching.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CityOs.Mobility.Dispatching.Tests;

public class RouteCheckerPropertyTests
{
    // Seeds span all ints: FsCheck's default int generator stays within a few hundred values.
    [Property(MaxTest = 3000)]
    public Property Checker_agrees_with_an_independent_exact_check() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => Verdicts(seed).Library == Verdicts(seed).Reference);

    [Property(MaxTest = 3000)]
    public Property Search_shortcut_reaches_the_same_verdict() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (text, route) = RandomInstance.Generate(seed);
            var instance = CordeauParser.Parse(text.Split('\n'), "random.txt");
            var problem = instance.ToProblem();
            var nodes = RouteChecker.ToNodes(problem, new RoutePlan(0, Stops(instance, route)));
            var full = EightStepScheduler.Schedule(problem, 0, nodes, new ScheduleWorkspace());
            return EightStepScheduler.Schedule(problem, 0, nodes, new ScheduleWorkspace(), verdictOnly: true) == full;
        });

    [Fact]
    public void Random_routes_are_both_feasible_and_infeasible_often_enough_to_test_anything()
    {
        var feasible = Enumerable.Range(0, 1000).Count(seed => Verdicts(seed).Reference);

        Assert.InRange(feasible, 100, 900);
    }

    private static (bool Library, bool Reference) Verdicts(int seed)
    {
        var (text, route) = RandomInstance.Generate(seed);
        var instance = CordeauParser.Parse(text.Split('\n'), "random.txt");
        var library = RouteChecker.Check(instance.ToProblem(), new RoutePlan(0, Stops(instance, route))).IsFeasible;
        return (library, ReferenceChecker.FromText(text).IsFeasibleRoute(route));
    }

    private static Stop[] Stops(CordeauInstance instance, int[] route) =>
        route.Select(id => id <= instance.RequestCount ? Stop.PickupOf(id - 1) : Stop.DropoffOf(id - instance.RequestCount - 1)).ToArray();
}

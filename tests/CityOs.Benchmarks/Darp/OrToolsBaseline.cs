using CityOs.Mobility.Dispatching.Benchmarks;
using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;

namespace CityOs.Benchmarks.Darp;

/// <summary>
/// The comparison the issue asks for: OR-Tools' routing library on the same instance and time budget, with
/// pick-up and delivery pairs, a capacity dimension, a time dimension with windows and route-duration
/// spans, ride times as cumul constraints, the default first-solution strategy and guided local search.
/// </summary>
internal static class OrToolsBaseline
{
    /// <summary>OR-Tools works in integers: times in thousandths, travel rounded up so its schedules stay valid in real numbers.</summary>
    private const double Scale = 1000;

    /// <summary>
    /// Lets the first-solution heuristic leave a request out instead of failing outright (it does fail on the
    /// tighter instances); the penalty dwarfs any route cost, and a solution that still leaves one out is
    /// reported as infeasible.
    /// </summary>
    private const long DropPenalty = 1_000_000;

    public static List<List<int>>? Solve(CordeauInstance instance, int timeLimitMs)
    {
        var n = instance.RequestCount;
        CordeauNode[] nodes = [instance.Depot, .. instance.Stops];
        var end = instance.EndDepot ?? instance.Depot;
        var manager = new RoutingIndexManager(nodes.Length, instance.Vehicles, 0);
        var routing = new RoutingModel(manager);
        var distance = Matrix(nodes, (a, b) => (long)Math.Round(Euclid(a, b) * Scale));
        var duration = Matrix(nodes, (a, b) => (long)Math.Ceiling((a.ServiceTime + Euclid(a, b)) * Scale));

        var cost = routing.RegisterTransitCallback((from, to) => distance[manager.IndexToNode(from), manager.IndexToNode(to)]);
        routing.SetArcCostEvaluatorOfAllVehicles(cost);
        var loads = routing.RegisterUnaryTransitCallback(from => nodes[manager.IndexToNode(from)].Load);
        routing.AddDimensionWithVehicleCapacity(loads, 0, Enumerable.Repeat((long)instance.Capacity, instance.Vehicles).ToArray(), true, "Load");
        var travel = routing.RegisterTransitCallback((from, to) => duration[manager.IndexToNode(from), manager.IndexToNode(to)]);
        var horizon = Scaled(Math.Max(instance.Depot.Latest, end.Latest));
        routing.AddDimension(travel, horizon, horizon, false, "Time");
        var time = routing.GetMutableDimension("Time");

        for (var v = 0; v < instance.Vehicles; v++)
        {
            time.CumulVar(routing.Start(v)).SetRange(Scaled(instance.Depot.Earliest), Scaled(instance.Depot.Latest));
            time.CumulVar(routing.End(v)).SetRange(Scaled(end.Earliest), Scaled(end.Latest));
            time.SetSpanUpperBoundForVehicle(Scaled(instance.MaxRouteDuration), v);
        }

        var solver = routing.solver();
        for (var i = 1; i <= n; i++)
        {
            long pickup = manager.NodeToIndex(i), dropoff = manager.NodeToIndex(n + i);
            time.CumulVar(pickup).SetRange(Scaled(nodes[i].Earliest), Scaled(nodes[i].Latest));
            time.CumulVar(dropoff).SetRange(Scaled(nodes[n + i].Earliest), Scaled(nodes[n + i].Latest));
            routing.AddPickupAndDelivery(pickup, dropoff);
            routing.AddDisjunction([pickup], DropPenalty);
            routing.AddDisjunction([dropoff], DropPenalty);
            solver.Add(solver.MakeEquality(routing.VehicleVar(pickup), routing.VehicleVar(dropoff)));
            solver.Add(solver.MakeLessOrEqual(time.CumulVar(pickup), time.CumulVar(dropoff)));
            var ride = solver.MakeDifference(time.CumulVar(dropoff), time.CumulVar(pickup));
            solver.Add(solver.MakeLessOrEqual(ride, Scaled(instance.MaxRideTime + nodes[i].ServiceTime)));
        }

        var parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        parameters.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
        parameters.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(timeLimitMs));
        var solution = routing.SolveWithParameters(parameters);
        // Requests left out show up as missing nodes, which the independent checker rejects.
        return solution is null ? null : Routes(routing, manager, solution, instance.Vehicles);
    }

    private static List<List<int>> Routes(RoutingModel routing, RoutingIndexManager manager, Assignment solution, int vehicles)
    {
        var routes = new List<List<int>>();
        for (var v = 0; v < vehicles; v++)
        {
            var route = new List<int>();
            for (var index = solution.Value(routing.NextVar(routing.Start(v))); !routing.IsEnd(index); index = solution.Value(routing.NextVar(index)))
            {
                route.Add(manager.IndexToNode(index));
            }

            if (route.Count > 0)
            {
                routes.Add(route);
            }
        }

        return routes;
    }

    private static long Scaled(double value) => (long)Math.Floor((value * Scale) + 1e-6);

    private static double Euclid(CordeauNode a, CordeauNode b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    private static long[,] Matrix(CordeauNode[] nodes, Func<CordeauNode, CordeauNode, long> value)
    {
        var matrix = new long[nodes.Length, nodes.Length];
        for (var a = 0; a < nodes.Length; a++)
        {
            for (var b = 0; b < nodes.Length; b++)
            {
                matrix[a, b] = value(nodes[a], nodes[b]);
            }
        }

        return matrix;
    }
}

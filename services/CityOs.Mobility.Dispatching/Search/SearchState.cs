using System.Runtime.CompilerServices;
using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Search;

/// <summary>All routes of a candidate solution and which request is where.</summary>
internal sealed class SearchState
{
    public SearchState(DispatchProblem problem)
    {
        Problem = problem;
        var capacity = problem.NodeCount + 2;
        Routes = Enumerable.Range(0, problem.Vehicles.Count).Select(v => new WorkingRoute(v, capacity)).ToArray();
        RouteOf = new int[problem.Requests.Count];
        Array.Fill(RouteOf, -1);
    }

    public DispatchProblem Problem { get; }

    public WorkingRoute[] Routes { get; }

    /// <summary>Route index of each request, -1 when unassigned.</summary>
    public int[] RouteOf { get; }

    public List<int> Unassigned { get; } = [];

    public double Cost
    {
        get
        {
            var cost = 0.0;
            foreach (var route in Routes)
            {
                cost += route.Cost;
            }

            return cost;
        }
    }

    /// <summary>What the search minimises: travel, plus a prohibitive price for every request left out.</summary>
    public double Objective => Cost + (Unassigned.Count * UnassignedPenalty(Problem));

    public static double UnassignedPenalty(DispatchProblem problem) => (10 * problem.MaxTravel) + 1000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyFrom(SearchState other)
    {
        for (var r = 0; r < Routes.Length; r++)
        {
            Routes[r].CopyFrom(other.Routes[r]);
        }

        Array.Copy(other.RouteOf, RouteOf, RouteOf.Length);
        Unassigned.Clear();
        Unassigned.AddRange(other.Unassigned);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(int request)
    {
        var route = Routes[RouteOf[request]];
        var first = route.PositionOf(Problem.PickupNode(request));
        var second = route.PositionOf(Problem.DropoffNode(request));
        route.RemovePair(Problem, first, second);
        RouteOf[request] = -1;
        Unassigned.Add(request);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Insert(int request, int routeIndex, int pickAfter, int dropAfter)
    {
        Routes[routeIndex].InsertPair(Problem, Problem.PickupNode(request), pickAfter, Problem.DropoffNode(request), dropAfter);
        RouteOf[request] = routeIndex;
        Unassigned.Remove(request);
    }
}

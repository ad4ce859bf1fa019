using CityOs.Mobility.Dispatching.Model;

namespace CityOs.Mobility.Dispatching.Planning;

/// <summary>One route per vehicle (possibly empty), in vehicle order, and the requests no vehicle could take.</summary>
public sealed record DispatchPlan(IReadOnlyList<RoutePlan> Routes, IReadOnlyList<int> Unassigned)
{
    /// <summary>Every vehicle idle, every request still to assign.</summary>
    public static DispatchPlan Empty(DispatchProblem problem) => new(
        Enumerable.Range(0, problem.Vehicles.Count).Select(v => new RoutePlan(v, [])).ToArray(),
        Enumerable.Range(0, problem.Requests.Count).ToArray());
}

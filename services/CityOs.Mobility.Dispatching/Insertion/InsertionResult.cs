using CityOs.Mobility.Dispatching.Planning;

namespace CityOs.Mobility.Dispatching.Insertion;

/// <summary>
/// The outcome of inserting one request into a live plan. When <see cref="Outcome"/> is
/// <see cref="InsertionOutcome.Inserted"/>, <see cref="Plan"/> holds the request on <see cref="Vehicle"/>
/// at extra travel <see cref="AddedCost"/>; otherwise <see cref="Plan"/> is the plan unchanged.
/// </summary>
public sealed record InsertionResult(InsertionOutcome Outcome, DispatchPlan Plan, int Vehicle, double AddedCost)
{
    public bool Inserted => Outcome == InsertionOutcome.Inserted;
}

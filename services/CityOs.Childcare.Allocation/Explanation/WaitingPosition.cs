namespace CityOs.Childcare.Allocation;

/// <summary>Where a child stands for a facility it wanted more than its outcome.</summary>
/// <param name="Position">1-based rank among the children still waiting for this facility and age class.</param>
/// <param name="CutoffScore">Score of the last (lowest-priority) new admission there; null when nobody new got in.</param>
/// <param name="ChildScore">The child's own score at the facility; null when the facility did not rank the child.</param>
public sealed record WaitingPosition(
    string FacilityId, int AgeClass, int Position, double? CutoffScore, double? ChildScore, string Message);

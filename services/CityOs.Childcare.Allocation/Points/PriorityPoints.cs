namespace CityOs.Childcare.Allocation;

/// <summary>A household's priority points (利用調整指数) and the rule lines that produced them.</summary>
public sealed record PriorityPoints(decimal Total, IReadOnlyList<AppliedRule> Lines);

namespace CityOs.Childcare.Allocation;

/// <param name="Child">Child id.</param>
/// <param name="Score">Priority points (利用調整指数) at this facility; higher means higher priority.</param>
public sealed record RankedChild(string Child, double Score);

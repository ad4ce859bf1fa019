namespace CityOs.Childcare.Allocation;

/// <summary>A household adjustment (調整指数), added when the household has the condition named by <see cref="Code"/>.</summary>
public sealed record AdjustmentRule(string Code, string Description, decimal Points);

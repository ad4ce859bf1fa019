namespace CityOs.Childcare.Allocation;

/// <summary>Base points for one parent's reason for needing care. Work rules also bound the monthly hours: [MinHours, MaxHours).</summary>
public sealed record ParentRule(string Code, string Description, string Reason, decimal Points, decimal? MinHours = null, decimal? MaxHours = null)
{
    public const string Work = "work";

    public bool Applies(ParentCircumstances parent) =>
        Reason == Work
            ? parent.WorkHoursPerMonth is { } hours && hours >= (MinHours ?? 0) && (MaxHours is null || hours < MaxHours)
            : parent.Reasons.Contains(Reason);
}

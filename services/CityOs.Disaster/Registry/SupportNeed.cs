namespace CityOs.Disaster.Registry;

/// <summary>Why a resident needs help to evacuate; codes travel, words stay in the UI.</summary>
public static class SupportNeed
{
    public const string Wheelchair = "wheelchair";
    public const string Bedridden = "bedridden";
    public const string Visual = "visual";
    public const string Hearing = "hearing";
    public const string Dementia = "dementia";
    public const string InfantCare = "infant-care";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Wheelchair, Bedridden, Visual, Hearing, Dementia, InfantCare };

    public static readonly IReadOnlySet<string> CareLevels = new HashSet<string>(StringComparer.Ordinal)
    {
        "none", "support-1", "support-2", "care-1", "care-2", "care-3", "care-4", "care-5",
    };

    /// <summary>These residents cannot walk to a shelter with a helper: they need a vehicle.</summary>
    public static bool NeedsVehicle(IReadOnlyCollection<string> needs) => needs.Contains(Wheelchair) || needs.Contains(Bedridden);
}

namespace CityOs.Disaster.Guidance;

/// <summary>How a resident gets to safety (個別避難計画の避難方法).</summary>
public static class EvacuationMethod
{
    public const string WalkWithSupporter = "walk-with-supporter";
    public const string WheelchairTaxi = "wheelchair-taxi";
    public const string FamilyCar = "family-car";

    /// <summary>垂直避難: move to an upper floor at home; no shelter, no travel.</summary>
    public const string StayUpstairs = "stay-upstairs";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { WalkWithSupporter, WheelchairTaxi, FamilyCar, StayUpstairs };
}

namespace CityOs.Disaster;

/// <summary>Names this domain uses with Consent.</summary>
public static class DisasterDomain
{
    public const string Name = "disaster";
    public const string EvacuationRidePurpose = "evacuation-ride";

    /// <summary>What a declaration lets Disaster read without consent; Consent matches categories exactly, so no wildcards.</summary>
    public static readonly IReadOnlyList<string> BreakGlassCategories =
    [
        "registry.contact", "registry.support-needs",
        "mobility-needs.wheelchair", "mobility-needs.cannot-walk-500m", "mobility-needs.pickup-place",
    ];
}

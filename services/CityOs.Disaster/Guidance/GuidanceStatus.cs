namespace CityOs.Disaster.Guidance;

public static class GuidanceStatus
{
    /// <summary>Help is arranged: a supporter, a scheduled ride, or the resident's own arrangement (family car, upstairs).</summary>
    public const string Assisted = "assisted";

    /// <summary>Consent allowed the link and a ride was requested; Mobility has not scheduled it yet.</summary>
    public const string WaitingForVehicle = "waiting-for-vehicle";

    public const string Unassisted = "unassisted";
}

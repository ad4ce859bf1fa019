namespace CityOs.Disaster.Guidance;

/// <summary>Why someone could not be helped. Everyone who is not helped carries one of these: nobody is dropped silently.</summary>
public static class UnassistedReason
{
    public const string NoConsentNoBreakGlass = "no-consent-no-break-glass";
    public const string NoSupporter = "no-supporter";
    public const string NoVehicle = "no-vehicle";
    public const string NoShelterWithRoom = "no-shelter-with-room";

    /// <summary>Consent did not answer in time; the link is denied (fail closed) and retried on the next trigger.</summary>
    public const string ConsentUnavailable = "consent-unavailable";
}

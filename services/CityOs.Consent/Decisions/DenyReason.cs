namespace CityOs.Consent.Decisions;

/// <summary>Machine-readable reasons a link is denied. Deny is the default; each reason names why nothing allowed it.</summary>
public static class DenyReason
{
    public const string Malformed = "malformed-request";
    public const string UnknownPurpose = "unknown-purpose";
    public const string UnknownCategory = "unknown-category";
    public const string UnknownRecipient = "unknown-recipient";
    public const string NotInPurpose = "not-in-purpose";
    public const string UnknownSubject = "unknown-subject";
    public const string NoConsent = "no-consent";
    public const string ConsentWithdrawn = "consent-withdrawn";
    public const string ConsentExpired = "consent-expired";
    public const string CategoriesNotConsented = "categories-not-consented";
    public const string RecipientNotConsented = "recipient-not-consented";
    public const string ConsentUnavailable = "consent-unavailable";
}

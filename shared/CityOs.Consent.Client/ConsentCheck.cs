namespace CityOs.Consent.Client;

/// <summary>The answer to "may these categories about this person go to this recipient for this purpose?".</summary>
public readonly record struct ConsentCheck(bool Allowed, IReadOnlyList<string> AllowedCategories, string? DenyReason, bool FromCache)
{
    public static ConsentCheck Deny(string reason, bool fromCache = false) => new(false, [], reason, fromCache);
}

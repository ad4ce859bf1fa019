namespace CityOs.Consent.Client;

/// <summary>The target side's last gate: of the data it could send, only the allowed categories leave the service.</summary>
public static class ReleaseFilter
{
    public static IReadOnlyDictionary<string, TValue> Release<TValue>(IReadOnlyDictionary<string, TValue> byCategory, ConsentCheck check)
    {
        if (!check.Allowed)
        {
            return new Dictionary<string, TValue>();
        }

        return byCategory.Where(kv => check.AllowedCategories.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}

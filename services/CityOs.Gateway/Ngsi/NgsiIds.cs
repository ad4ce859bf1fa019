namespace CityOs.Gateway.Ngsi;

/// <summary>Entity ids are <c>urn:ngsi-ld:&lt;Type&gt;:&lt;id&gt;</c>, so the type of an id is known without a lookup.</summary>
public static class NgsiIds
{
    private const string Prefix = "urn:ngsi-ld:";

    public static string For(string type, string localId) => $"{Prefix}{type}:{localId}";

    public static string? TypeOf(string id)
    {
        if (!id.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = id[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < rest.Length - 1 ? rest[..colon] : null;
    }

    public static bool IsUri(string value) => Uri.TryCreate(value, UriKind.Absolute, out _);
}

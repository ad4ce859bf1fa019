namespace CityOs.Gateway.Webhooks;

/// <summary>Where the gateway may send notifications: absolute https URLs (plain http only where configured, e.g. a test bench).</summary>
public static class NotificationUrl
{
    public static string? Check(string? url, bool allowHttp)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Give an absolute https:// URL.";
        }

        return uri.Scheme == Uri.UriSchemeHttp && !allowHttp ? "Use https://; plain http is not accepted here." : null;
    }
}

using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>
/// The gateway's address as partners reach it (<c>Gateway:PublicUrl</c>), for links in notifications that have no
/// request to take a host from; this server's own address when not configured.
/// </summary>
public sealed class PublicAddress(SourceAddress server, IOptions<GatewayAddressOptions> options)
{
    private static readonly Uri Fallback = new("http://localhost/");

    public Uri Resolve()
    {
        try
        {
            return server.Resolve(options.Value.PublicUrl);
        }
        catch (SourceUnavailableException)
        {
            // An in-memory test server has no address; links still need a well-formed base.
            return Fallback;
        }
    }
}

public sealed class GatewayAddressOptions
{
    public const string Section = "Gateway";

    public string? PublicUrl { get; set; }
}

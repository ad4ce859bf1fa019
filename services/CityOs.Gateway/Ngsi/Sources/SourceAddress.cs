using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Resolves a configured base address, or this server's own address when none is configured (all-in-one host).</summary>
public sealed class SourceAddress(IServer server)
{
    public Uri Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var own = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new SourceUnavailableException("local", new InvalidOperationException("The server has no address yet."));

        // A wildcard listener is reached on loopback from inside the process.
        var uri = new UriBuilder(own.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}

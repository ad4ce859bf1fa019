using System.Globalization;
using CityOs.Host;

namespace CityOs.Gateway.Tests.Support;

/// <summary>The two ways a partner meets the gateway: alone (distributed topology) and inside the all-in-one host.</summary>
public static class Gateways
{
    /// <summary>The gateway alone on the in-memory bus; the sandbox changes every 200 ms and the watcher looks every 100 ms.</summary>
    public static ServiceFactory<GatewayEntryPoint> Standalone(ITestOutputHelper output, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Gateway:Sandbox:ChangeEvery"] = "00:00:00.200",
            ["Gateway:Notifications:WatchEvery"] = "00:00:00.100",
            ["Gateway:Notifications:FirstRetryDelay"] = "00:00:00.050",
            ["Gateway:Notifications:MaxRetries"] = "3",
            ["Gateway:Notifications:AllowHttp"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ServiceFactory<GatewayEntryPoint>(settings, output);
    }

    /// <summary>The whole city in one process on a real port, so the gateway reads the domain services over HTTP exactly as it does in production.</summary>
    public static ServiceFactory<HostEntryPoint> AllInOne(ITestOutputHelper output, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
            ["Gateway:Notifications:WatchEvery"] = "00:00:00.200",
            ["Gateway:Notifications:FirstRetryDelay"] = "00:00:00.050",
            ["Gateway:Notifications:AllowHttp"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new ServiceFactory<HostEntryPoint>(settings, output);
        host.UseKestrel();
        host.StartServer();
        return host;
    }
}

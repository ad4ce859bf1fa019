using System.Net;
using System.Net.Http.Json;
using CityOs.Host;

namespace CityOs.Host.Tests;

/// <summary>The all-in-one host on <c>Store:Provider=Cosmos</c>, against emulators started by deploy/local/cosmos.sh.</summary>
public sealed class CosmosHostTests(ITestOutputHelper output)
{
    private sealed record DistrictView(string Code, int Population);

    [Fact]
    public async Task Host_on_cosmos_seeds_the_districts_and_is_healthy()
    {
        var endpoint = Environment.GetEnvironmentVariable("CITYOS_COSMOS")
            ?? throw new InvalidOperationException("CITYOS_COSMOS is not set: run the tests with ./test.sh, which starts the Cosmos emulator.");
        await using var host = Host(endpoint);
        using var http = host.CreateClient();

        await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "/health 200");
        var districts = await http.GetFromJsonAsync<List<DistrictView>>("/api/disaster/v1/districts");
        Assert.Equal(21, districts!.Count);
        Assert.Equal(197_192, districts.Sum(d => d.Population));
    }

    [Fact]
    public async Task Cosmos_outage_makes_health_unavailable_and_the_host_recovers()
    {
        var port = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string Name = "cityos-outage";
        await LocalServer.RunAsync("cosmos.sh", "start", "--name", Name, "--port", port);
        try
        {
            await using var host = Host($"http://127.0.0.1:{port}/");
            using var http = host.CreateClient();
            await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "/health 200");

            await LocalServer.RunAsync("cosmos.sh", "stop", "--name", Name);
            await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60), "/health 503");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);

            // The emulator is in memory: it returns empty, which is still a reachable, healthy store.
            await LocalServer.RunAsync("cosmos.sh", "start", "--name", Name, "--port", port);
            await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "/health 200 again");
        }
        finally
        {
            await LocalServer.RunAsync("cosmos.sh", "stop", "--name", Name);
        }
    }

    private ServiceFactory<HostEntryPoint> Host(string endpoint) => new(new Dictionary<string, string?>
    {
        ["Demo:SimulateSensors"] = "false",
        ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Store:Provider"] = "Cosmos",
        ["Store:CosmosEndpoint"] = endpoint,
        ["Store:CosmosKey"] = Environment.GetEnvironmentVariable("CITYOS_COSMOS_KEY") ?? Convert.ToBase64String(new byte[64]),
        ["Store:CosmosDatabase"] = "host-" + Guid.NewGuid().ToString("N")[..8],
        ["Store:CosmosAllowInsecureEmulator"] = "true",
        ["Store:CosmosRequestTimeout"] = "00:00:02",
        ["Store:CosmosMaxRetries"] = "1",
    }, output);
}

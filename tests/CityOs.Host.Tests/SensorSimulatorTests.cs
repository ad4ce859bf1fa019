using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Host;

namespace CityOs.Host.Tests;

/// <summary>The demo's simulated devices log in with registry-issued credentials and publish over the embedded broker.</summary>
public sealed class SensorSimulatorTests(ITestOutputHelper output)
{
    private sealed record StationView(string StationId, string District, double? LatestLevelMeters);

    [Fact]
    public async Task Every_district_gauge_of_the_demo_reaches_disaster_over_mqtt_with_its_own_credentials()
    {
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "true",
            ["Demo:Interval"] = "00:00:01",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
        }, output);
        using var http = host.CreateClient();

        var stations = await Eventually.Until(async () =>
        {
            var list = await http.GetFromJsonAsync<List<StationView>>("/api/disaster/v1/river-levels");
            return list?.Select(s => s.District).Distinct().Count() == 21 ? list : null;
        }, TimeSpan.FromSeconds(60), "a reading from each district's gauge");

        Assert.All(stations, s => Assert.InRange(s.LatestLevelMeters ?? -1, 0, 6));
    }

    [Fact]
    public void Every_simulated_device_is_registered_in_the_devices_file_with_its_district()
    {
        var sites = Demo.SensorSites.Load(Path.Combine(AppContext.BaseDirectory, "data/demo/sensor-sites.json"));
        using var registered = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data/devices.json")));
        var devices = registered.RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("district").GetString());

        Assert.All(sites.Rivers, r => Assert.Equal(r.District, devices[r.DeviceId]));
        Assert.All(sites.Shelters, s => Assert.Equal(s.District, devices[s.DeviceId]));
        Assert.All(sites.Docks, d => Assert.Equal(d.District, devices[d.DeviceId]));
        Assert.All(sites.Vehicles, v => Assert.True(devices.ContainsKey(v.DeviceId)));
        Assert.Equal(21, sites.Rivers.Select(r => r.District).Distinct().Count());
    }
}

using System.Net;
using CityOs.Sensors;

namespace CityOs.Sensors.Tests;

public sealed class StandaloneStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sensors_stays_alive_but_reports_unhealthy_while_its_mqtt_broker_is_unreachable()
    {
        await using var service = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, output);
        using var http = service.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"mqtt\":{\"status\":\"Unhealthy\"", await health.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using CityOs.Host;

namespace CityOs.Host.Tests;

public sealed class AllInOneHostTests(ITestOutputHelper output)
{
    private sealed record DistrictView(string Code, string NameJa, string NameEn, int Population);

    [Fact]
    public async Task Host_seeds_the_21_districts_serves_the_app_and_is_healthy_on_embedded_defaults()
    {
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, output);
        using var http = host.CreateClient();

        await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "/health 200");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);

        var districts = await http.GetFromJsonAsync<List<DistrictView>>("/api/disaster/v1/districts");
        Assert.Equal(21, districts!.Count);
        Assert.Contains(districts, d => d is { Code: "odono", NameJa: "大殿" });
        Assert.Equal(197_192, districts.Sum(d => d.Population));

        var page = await http.GetAsync("/");
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("<html lang=\"ja\">", await page.Content.ReadAsStringAsync());
    }
}

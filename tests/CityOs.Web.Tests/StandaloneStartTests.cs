using System.Net;
using CityOs.Web;

namespace CityOs.Web.Tests;

public sealed class StandaloneStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Service_runs_alone_on_the_in_memory_bus_and_answers_alive_and_health()
    {
        await using var service = new ServiceFactory<WebEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
        }, output);
        using var http = service.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "/health to report ready");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using CityOs.Testing.Identity;

namespace CityOs.IntegrationTests;

/// <summary>
/// kill -9 of the Cosmos DB emulator under running Consent and Disaster processes (their own emulator, on its own
/// port): they stay alive, report unhealthy, refuse writes with 503 problem details rather than 500, keep nothing
/// of a refused write, and work again once an emulator answers on that port (after a restart, because the in-memory emulator loses the containers). The npm emulator keeps its data in
/// memory, so the one that comes back is empty: what is checked afterwards is what the services themselves kept.
/// </summary>
[Collection(DrillRun.Collection)]
public sealed class StoreOutageTests(ITestOutputHelper output)
{
    private const int Offset = 400;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Writes_answer_503_while_the_store_is_down_keep_nothing_half_written_and_work_again_when_it_returns()
    {
        await using var topology = new Topology("faults-store", Offset, "cosmos", output);
        await topology.StartAsync("gateway,consent,disaster", fresh: true);
        using var consent = topology.CounterClient("consent");
        // The disaster desk: Disaster enrols over HTTP in Consent with this staff member's token.
        using var disaster = topology.StaffClient("disaster");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var before = await EnrolAsync(consent, $"保存 前{tag}");
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);

        KillEmulator(topology);
        foreach (var http in new[] { consent, disaster })
        {
            await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable, Timeout, $"{http.BaseAddress} /health to report the store down");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        }

        var during = $"保存 中{tag}";
        await AssertProblem503Async(await EnrolAsync(consent, during));
        await AssertProblem503Async(await RegisterAsync(disaster, during));
        await AssertProblem503Async(await disaster.GetAsync("/api/disaster/v1/river-levels"));

        await Topology.RunScriptAsync("cosmos.sh", ["start", "--name", topology.Name, "--port", topology.CosmosPort.ToString(CultureInfo.InvariantCulture)], output);
        foreach (var http in new[] { consent, disaster })
        {
            await RiverLevelPathTests.WaitHealthyAsync(http);
        }

        // The npm emulator comes back empty, without the database and containers the services made at start (a real
        // Cosmos DB account keeps them), and the store does not yet recreate a container deleted under it: restart
        // the services, as an operator would after restoring an account. Known gap, see docs/operations.md.
        await topology.KillAsync("consent,disaster");
        await topology.StartAsync("consent,disaster");

        // Refused while the store was down, so unknown to both services: enrolled now as a new resident.
        using var enrolled = await EnrolAsync(consent, during);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        using var registered = await RegisterAsync(disaster, during);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var residentId = (await enrolled.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
        using var colleague = topology.ColleagueClient("consent");
        using var proxy = await colleague.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" });
        Assert.Equal(HttpStatusCode.OK, proxy.StatusCode);
        using var consents = await consent.GetAsync($"/api/consent/v1/residents/{residentId}/consents");
        Assert.Equal(HttpStatusCode.OK, consents.StatusCode);
    }

    private void KillEmulator(Topology topology)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, ".run", "cosmos", topology.Name, "emulator.pid")).Trim(), CultureInfo.InvariantCulture);
        using var emulator = Process.GetProcessById(pid);
        emulator.Kill();
        emulator.WaitForExit(TimeSpan.FromSeconds(10));
        output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] Cosmos emulator {topology.Name} killed (pid {pid})");
    }

    private async Task AssertProblem503Async(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath} -> {(int)response.StatusCode} {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(503, JsonNode.Parse(body)!["status"]!.GetValue<int>());
        }
    }

    private static Task<HttpResponseMessage> EnrolAsync(HttpClient consent, string name) =>
        consent.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate = "1941-03-03", address = "山口市小郡1番地", district = "ogori", enrolledVia = "counter", staffId = "drill-staff" });

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient disaster, string name) =>
        disaster.PostAsJsonAsync("/api/disaster/v1/registry", new { name, birthDate = "1941-03-03", address = "山口市小郡1番地", district = "ogori", needs = new[] { "wheelchair" }, careLevel = "care-2", staffId = "drill-staff" });
}

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CityOs.Disaster;
using CityOs.Testing.Identity;

namespace CityOs.Web.Tests.Office;

/// <summary>The distributed topology: the Web service alone reads Disaster over HTTP with the analyst's own token.</summary>
/// <remarks>One collection with the other whole-city tests: two cities and a browser at once would starve a two-core machine.</remarks>
[Collection("office-city")]
public sealed class DistributedOfficeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Web_alone_reads_disaster_over_http_with_the_callers_token_and_names_the_domains_it_cannot_reach()
    {
        await using var disaster = new LiveHost<DisasterEntryPoint>(new Dictionary<string, string?>(SharedGateway.AuthoritySettings)
        {
            ["Bus:Transport"] = "InMemory",
        }, output);
        var nobody = $"http://127.0.0.1:{TestEnvironment.FreeTcpPort()}";
        await using var web = new ServiceFactory<WebEntryPoint>(new Dictionary<string, string?>(SharedGateway.AuthoritySettings)
        {
            ["Bus:Transport"] = "InMemory",
            ["Office:DisasterUrl"] = disaster.BaseAddress.ToString(),
            ["Office:MobilityUrl"] = nobody,
            ["Office:ChildcareUrl"] = nobody,
            ["Office:ConsentUrl"] = nobody,
        }, output);
        var token = await SharedGateway.StaffTokenAsync(DemoAccounts.Analyst);
        using var http = web.CreateClient().WithToken(token);

        // Disaster refuses a caller without a token: the figures below came with the analyst's.
        using (var direct = disaster.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await direct.GetAsync("/api/disaster/v1/office/figures")).StatusCode);
        }

        var clock = Stopwatch.StartNew();
        using var overview = JsonDocument.Parse(await Eventually.Until(async () =>
        {
            var body = await http.GetStringAsync("/api/office/v1/overview");
            return body.Contains("\"district\":\"natajima\"", StringComparison.Ordinal) ? body : null;
        }, TimeSpan.FromSeconds(60), "the overview with Disaster's 21 districts"));
        output.WriteLine($"overview with three domains down: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(21, overview.RootElement.GetProperty("disaster").GetProperty("districts").GetArrayLength());
        Assert.Equal(["childcare", "consent", "mobility"], overview.RootElement.GetProperty("unavailable").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, overview.RootElement.GetProperty("mobility").ValueKind);
    }
}

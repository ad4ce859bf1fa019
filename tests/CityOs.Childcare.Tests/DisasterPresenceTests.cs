using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;
using CityOs.Contracts.Consent;

namespace CityOs.Childcare.Tests;

public sealed class DisasterPresenceTests(ITestOutputHelper output)
{
    private const string D = "/api/childcare/v1/disaster";

    [Fact]
    public async Task Facilities_report_presence_only_during_a_declared_disaster_and_the_summary_holds_counts_only()
    {
        await using var host = new ChildcareHost(output);
        var before = await host.Staff.PostAsJsonAsync($"{D}/presence", new { facilityId = "ns-odono", childPseudonym = "c1", status = "present" });
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);

        await host.PublishAsync(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(), Districts = ["odono"], Categories = ["registry.basic"],
            From = DateTimeOffset.UtcNow, Until = DateTimeOffset.UtcNow.AddHours(6), Reason = "level-4 odono river gauge",
        });
        await Eventually.True(async () => (await host.Staff.PostAsJsonAsync($"{D}/presence", new { facilityId = "ns-odono", childPseudonym = "c1", status = "present" })).StatusCode == HttpStatusCode.Accepted,
            TimeSpan.FromSeconds(10), "presence to be accepted after the declaration");
        await ChildcareHost.PostJson(host.Staff, $"{D}/presence", new { facilityId = "ns-odono", childPseudonym = "c2", status = "present" }, HttpStatusCode.Accepted);
        await ChildcareHost.PostJson(host.Staff, $"{D}/presence", new { facilityId = "ns-odono", childPseudonym = "c2", status = "picked-up" }, HttpStatusCode.Accepted);
        await ChildcareHost.PostJson(host.Staff, $"{D}/presence", new { facilityId = "ns-shiraishi", childPseudonym = "c3", status = "present" }, HttpStatusCode.Conflict);

        var response = await host.Staff.GetAsync($"{D}/districts/odono/summary");
        var text = await response.Content.ReadAsStringAsync();
        var summary = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.True((bool)summary["disasterDeclared"]!);
        Assert.Equal(1, (int)summary["present"]!);
        Assert.Equal(1, (int)summary["pickedUp"]!);
        Assert.DoesNotContain("c1", text.Replace("\"", " ", StringComparison.Ordinal).Split(' ', ',', ':', '{', '}', '[', ']'));
    }
}

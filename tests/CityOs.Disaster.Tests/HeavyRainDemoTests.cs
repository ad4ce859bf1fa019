using System.Text.Json.Nodes;
using CityOs.Host.Demo;

namespace CityOs.Disaster.Tests;

public sealed class HeavyRainDemoTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_demo_writes_every_figure_with_a_verified_ledger_and_nobody_unaccounted_for()
    {
        var file = Path.Combine(Path.GetTempPath(), $"heavy-rain-{Guid.NewGuid():N}.json");
        using var console = new StringWriter();

        var exit = await DemoCommand.RunAsync(["demo", "heavy-rain", "--residents", "5000", "--json", file], console);

        output.WriteLine(console.ToString());
        Assert.Equal(0, exit);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        File.Delete(file);
        string[] fields = ["residents", "supportNeeding", "affected", "maxAlertLevel", "guided", "assisted", "unassisted", "unassistedReasons", "ridesScheduled",
            "linkRequests", "linkAllowed", "linkDenied", "breakGlassAccesses", "ledgerEntries", "ledgerVerified", "alertToAllPlansMs"];
        Assert.All(fields, f => Assert.True(json.ContainsKey(f), $"missing {f}"));
        int Int(string f) => json[f]!.GetValue<int>();
        Assert.True(json["ledgerVerified"]!.GetValue<bool>());
        Assert.Equal(5000, Int("residents"));
        Assert.Equal(5, Int("maxAlertLevel"));
        Assert.True(Int("affected") > 0);
        Assert.Equal(Int("affected"), Int("guided"));
        Assert.Equal(Int("affected"), Int("assisted") + Int("unassisted"));
        Assert.Equal(Int("unassisted"), json["unassistedReasons"]!.AsObject().Sum(r => r.Value!.GetValue<int>()));
        Assert.Equal(Int("linkRequests"), Int("linkAllowed") + Int("linkDenied"));
        Assert.True(Int("breakGlassAccesses") > 0, "the declared districts exercise break-glass");
        Assert.True(Int("linkDenied") > 0, "withdrawn and missing consents are denied outside declared districts");
    }

    [Fact]
    public async Task The_demo_refuses_unknown_options_with_usage()
    {
        using var console = new StringWriter();

        Assert.Equal(2, await DemoCommand.RunAsync(["demo", "heavy-rain", "--people", "5"], console));
        Assert.Contains("--people", console.ToString());
    }
}

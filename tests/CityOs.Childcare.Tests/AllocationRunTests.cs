using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

public sealed class AllocationRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_places_the_higher_score_and_explains_the_waiting_position_cutoff_and_own_score()
    {
        await using var host = new ChildcareHost(output);
        // One new place in age class 2 at Odono nursery.
        var put = await host.Staff.PutAsJsonAsync("/api/childcare/v1/facilities/ns-odono/age-classes/2/enrolled", new { enrolled = 11 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var strong = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-strong", 2, ["ns-odono"], workHours: 160), HttpStatusCode.Created);
        var weak = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-weak", 2, ["ns-odono", "ns-shiraishi"], workHours: 90), HttpStatusCode.Created);
        var siblings = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, new
        {
            parentPseudonyms = new[] { "p-yamamoto" },
            parents = new[] { new { label = "parent 1", workHoursPerMonth = 160m }, new { label = "parent 2", workHoursPerMonth = 120m } },
            siblingsEnrolledAt = new[] { "ns-shiraishi" },
            children = new[]
            {
                new { pseudonym = "c-yamamoto-a", ageClass = 1, preferences = new[] { "ns-shiraishi", "ns-yuda" } },
                new { pseudonym = "c-yamamoto-b", ageClass = 4, preferences = new[] { "ns-shiraishi", "ns-yuda" } },
            },
        }, HttpStatusCode.Created);

        var run = await ChildcareHost.PostJson(host.Staff, "/api/childcare/v1/allocation-runs", new { }, HttpStatusCode.Created);
        Assert.True((bool)run["stable"]!);
        Assert.Empty(run["blockingPairs"]!.AsArray());
        Assert.Equal("ns-odono", (string?)run["assignments"]!["c-strong"]);
        Assert.Equal(4, (int)run["matched"]!);

        var fetched = await ChildcareHost.Json(await host.Staff.GetAsync($"/api/childcare/v1/allocation-runs/{run["id"]}"));
        Assert.Equal((string?)run["id"], (string?)fetched["id"]);

        var strongView = await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{strong["id"]}"));
        Assert.Equal("placed", (string?)strongView["status"]);
        Assert.Equal(1, (int)strongView["outcome"]!["grantedPreference"]!);

        var weakView = await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{weak["id"]}"));
        output.WriteLine(weakView.ToJsonString());
        Assert.Equal("placed", (string?)weakView["status"]);
        Assert.Equal(2, (int)weakView["outcome"]!["grantedPreference"]!);
        var waiting = weakView["outcome"]!["children"]![0]!["waiting"]![0]!;
        Assert.Equal("ns-odono", (string?)waiting["facility"]);
        Assert.Equal(1, (int)waiting["position"]!);
        Assert.Equal(20, (double)waiting["cutoffScore"]!);
        Assert.Equal(12, (double)waiting["ownScore"]!);
        Assert.Contains("待機1番目", (string?)waiting["ja"], StringComparison.Ordinal);

        var family = await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{siblings["id"]}"));
        Assert.All(family["outcome"]!["children"]!.AsArray(), c => Assert.Equal("ns-shiraishi", (string?)c!["facility"]));
        Assert.DoesNotContain(host.LogLines, line => line.Contains("c-strong", StringComparison.Ordinal) || line.Contains("c-yamamoto", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Allocation_run_needs_staff_sign_in()
    {
        await using var host = new ChildcareHost(output);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync("/api/childcare/v1/allocation-runs", new { })).StatusCode);
    }
}

using System.Net;
using CityOs.Childcare.Tests.Support;
using CityOs.Contracts.Consent;

namespace CityOs.Childcare.Tests;

/// <summary>
/// Consent itself is not hosted here: its change messages and heartbeats are published on the in-memory bus,
/// which is exactly what the service's consent cache listens to.
/// </summary>
public sealed class FacilityReleaseTests(ITestOutputHelper output)
{
    private const string Release = "/api/childcare/v1/disaster/facility-release";

    private static ConsentChanged Change(long sequence, string pseudonym, string change, string[] categories) => new()
    {
        Sequence = sequence, Domain = "childcare", Pseudonym = pseudonym, ConsentRef = $"ref-{sequence}",
        PurposeId = "children-facility-to-disaster", Change = change, Categories = categories, Recipients = ["disaster"],
        ValidUntil = DateTimeOffset.UtcNow.AddDays(365), At = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Consented_categories_are_released_and_withdrawn_or_missing_consent_releases_nothing()
    {
        await using var host = new ChildcareHost(output);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-consented", 2, ["ns-shiraishi"], currentFacility: "ns-odono"), HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-withdrawn", 3, ["ns-shiraishi"], currentFacility: "ns-odono"), HttpStatusCode.Created);

        await host.PublishAsync(new ConsentHeartbeat { Sequence = 0, At = DateTimeOffset.UtcNow });
        await Task.Delay(300);
        // The parent consented to the facility only, not the age class.
        await host.PublishAsync(Change(1, "c-consented", "granted", ["childcare.facility"]));
        await host.PublishAsync(Change(2, "c-withdrawn", "granted", ["childcare.facility", "childcare.age-class"]));
        await host.PublishAsync(Change(3, "c-withdrawn", "withdrawn", ["childcare.facility", "childcare.age-class"]));
        await host.PublishAsync(new ConsentHeartbeat { Sequence = 3, At = DateTimeOffset.UtcNow });

        var allowed = await Eventually.Until(async () =>
        {
            var r = await ChildcareHost.PostJson(host.Staff, Release, new { childPseudonym = "c-consented" }, HttpStatusCode.OK);
            return (bool)r["allowed"]! ? r : null;
        }, TimeSpan.FromSeconds(15), "the granted consent to reach the cache");
        Assert.Equal("ns-odono", (string?)allowed["released"]!["childcare.facility"]);
        Assert.Null(allowed["released"]!["childcare.age-class"]);

        var withdrawn = await Eventually.Until(async () =>
        {
            var r = await ChildcareHost.PostJson(host.Staff, Release, new { childPseudonym = "c-withdrawn" }, HttpStatusCode.OK);
            return (string?)r["denyReason"] == "no-consent" ? r : null;
        }, TimeSpan.FromSeconds(15), "the withdrawal to reach the cache");
        Assert.False((bool)withdrawn["allowed"]!);
        Assert.Empty(withdrawn["released"]!.AsObject());

        // Nobody consented for this child, and no Consent service answers here: the check fails closed.
        var unknown = await ChildcareHost.PostJson(host.Staff, Release, new { childPseudonym = "c-never-asked" }, HttpStatusCode.OK);
        Assert.False((bool)unknown["allowed"]!);
        Assert.Empty(unknown["released"]!.AsObject());
    }
}

using System.Net;
using CityOs.Childcare.Tests.Support;
using CityOs.Contracts.Childcare;
using CityOs.Contracts.Consent;
using MassTransit;

namespace CityOs.Childcare.Tests;

/// <summary>
/// Disaster's bus path to a resident's children's facilities: after Consent allowed its link and translated the
/// resident, it asks Childcare, which checks the consent again itself. Consent's change messages and heartbeats are
/// published here as Consent would; no Consent service answers, so anything the cache cannot vouch for is denied.
/// </summary>
public sealed class FacilityReleaseBusTests(ITestOutputHelper output)
{
    private static ConsentChanged Change(long sequence, string pseudonym, string change) => new()
    {
        Sequence = sequence, Domain = "childcare", Pseudonym = pseudonym, ConsentRef = $"ref-{sequence}",
        PurposeId = "children-facility-to-disaster", Change = change, Categories = ["childcare.facility", "childcare.age-class"], Recipients = ["disaster"],
        ValidUntil = DateTimeOffset.UtcNow.AddDays(365), At = DateTimeOffset.UtcNow,
    };

    private static object Family(string parent, string prefix) => new
    {
        parentPseudonyms = new[] { parent },
        parents = new[] { new { label = "parent 1", workHoursPerMonth = 160m } },
        children = new[]
        {
            new { pseudonym = $"{prefix}-1", ageClass = 1, preferences = new[] { "ns-odono" }, currentFacility = "ns-yuda" },
            new { pseudonym = $"{prefix}-4", ageClass = 4, preferences = new[] { "ns-odono" }, currentFacility = "ns-yuda" },
        },
    };

    [Fact]
    public async Task Consented_parent_gets_the_childrens_facilities_and_everything_else_is_denied()
    {
        await using var host = new ChildcareHost(output);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, Family("p-consented", "c-cons"), HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, Family("p-withdrawn", "c-wd"), HttpStatusCode.Created);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, Family("p-never", "c-nv"), HttpStatusCode.Created);

        await host.PublishAsync(new ConsentHeartbeat { Sequence = 0, At = DateTimeOffset.UtcNow });
        await Task.Delay(300);
        await host.PublishAsync(Change(1, "p-consented", "granted"));
        await host.PublishAsync(Change(2, "p-withdrawn", "granted"));
        await host.PublishAsync(Change(3, "p-withdrawn", "withdrawn"));
        await host.PublishAsync(new ConsentHeartbeat { Sequence = 3, At = DateTimeOffset.UtcNow });

        var client = host.Bus.CreateRequestClient<RequestChildFacilities>();
        async Task<ChildFacilitiesReleased> Ask(string pseudonym, long ledger = 42) =>
            (await client.GetResponse<ChildFacilitiesReleased>(new RequestChildFacilities { RequestId = Guid.NewGuid(), Pseudonym = pseudonym, LedgerSequence = ledger })).Message;

        var allowed = await Eventually.Until(async () => await Ask("p-consented") is { Allowed: true } r ? r : null, TimeSpan.FromSeconds(15), "the consent to reach the cache");
        Assert.Equal(2, allowed.Children.Count);
        Assert.All(allowed.Children, c => Assert.Equal("ns-yuda", c.FacilityId));
        Assert.Equal([1, 4], allowed.Children.Select(c => c.AgeClass ?? -1).Order());

        var withdrawn = await Eventually.Until(async () => await Ask("p-withdrawn") is { DenyReason: "no-consent" } r ? r : null, TimeSpan.FromSeconds(15), "the withdrawal to reach the cache");
        Assert.False(withdrawn.Allowed);
        Assert.Empty(withdrawn.Children);

        // Never consented: default deny, even when asked with a link decision.
        var never = await Ask("p-never");
        Assert.False(never.Allowed);
        Assert.Empty(never.Children);

        // A declared disaster opens Disaster's registry (break-glass), not the children's facilities.
        await host.PublishAsync(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(), Districts = ["yuda", "odono"], Categories = ["registry.contact", "registry.support-needs"],
            From = DateTimeOffset.UtcNow, Until = DateTimeOffset.UtcNow.AddHours(6), Reason = "level-5 yuda",
        });
        await Task.Delay(500);
        var duringDisaster = await Ask("p-never");
        Assert.False(duringDisaster.Allowed);
        Assert.Empty(duringDisaster.Children);

        // Without Consent's allow (no ledger entry) nothing is looked up, consent or not.
        var unlinked = await Ask("p-consented", ledger: 0);
        Assert.False(unlinked.Allowed);
        Assert.Equal("no-link-decision", unlinked.DenyReason);
        Assert.Empty(unlinked.Children);
    }
}

using CityOs.Consent.Decisions;
using CityOs.Consent.Records;
using static CityOs.Consent.Tests.DecisionTestData;

namespace CityOs.Consent.Tests;

public sealed class LinkDeciderTests
{
    [Fact]
    public void Valid_consent_allows_only_the_requested_categories()
    {
        var verdict = LinkDecider.Decide(RideQuestion("odono", "mobility-needs.wheelchair"), Catalogue, [ConsentFor("evacuation-ride")], [], Now);
        Assert.True(verdict.Allowed);
        Assert.Equal(["mobility-needs.wheelchair"], verdict.Categories);
        Assert.Equal("consent", verdict.Basis);
        Assert.Equal(("disaster", "mobility"), (verdict.Source, verdict.Recipient));
    }

    [Fact]
    public void Without_any_consent_the_default_is_deny()
    {
        Assert.Equal(DenyReason.NoConsent, LinkDecider.Decide(RideQuestion(), Catalogue, [], [], Now).DenyReason);
    }

    [Fact]
    public void Withdrawn_consent_denies_link_request()
    {
        var verdict = LinkDecider.Decide(RideQuestion(), Catalogue, [ConsentFor("evacuation-ride", state: ConsentState.Withdrawn)], [], Now);
        Assert.Equal(DenyReason.ConsentWithdrawn, verdict.DenyReason);
    }

    [Fact]
    public void Consent_past_its_end_denies_even_before_the_sweep_marks_it_expired()
    {
        var verdict = LinkDecider.Decide(RideQuestion(), Catalogue, [ConsentFor("evacuation-ride", until: Now.AddSeconds(-1))], [], Now);
        Assert.Equal(DenyReason.ConsentExpired, verdict.DenyReason);
    }

    [Fact]
    public void Consent_not_yet_valid_denies()
    {
        Assert.False(LinkDecider.Decide(RideQuestion(), Catalogue, [ConsentFor("evacuation-ride", from: Now.AddMinutes(1))], [], Now).Allowed);
    }

    [Theory]
    [InlineData("no-such-purpose", "mobility-needs.wheelchair", "disaster", "mobility", DenyReason.UnknownPurpose)]
    [InlineData("evacuation-ride", "no.such-category", "disaster", "mobility", DenyReason.UnknownCategory)]
    [InlineData("evacuation-ride", "childcare.facility", "disaster", "mobility", DenyReason.NotInPurpose)]
    [InlineData("evacuation-ride", "mobility-needs.wheelchair", "disaster", "partner:evil", DenyReason.UnknownRecipient)]
    [InlineData("evacuation-ride", "mobility-needs.wheelchair", "childcare", "partner:evil", DenyReason.NotInPurpose)]
    public void Unknown_or_mismatched_request_is_denied_even_with_consent(string purpose, string category, string requester, string target, string reason)
    {
        var question = new LinkQuestion(requester, target, purpose, [category], "odono");
        var verdict = LinkDecider.Decide(question, Catalogue, [ConsentFor("evacuation-ride")], [Window(["odono"], ["mobility-needs.wheelchair"])], Now);
        Assert.False(verdict.Allowed);
        Assert.Equal(reason, verdict.DenyReason);
    }

    [Fact]
    public void Consent_limited_to_some_categories_releases_only_those()
    {
        var consent = ConsentFor("evacuation-ride", categories: ["mobility-needs.wheelchair"]);
        var verdict = LinkDecider.Decide(RideQuestion("odono", "mobility-needs.wheelchair", "mobility-needs.pickup-place"), Catalogue, [consent], [], Now);
        Assert.True(verdict.Allowed);
        Assert.Equal(["mobility-needs.wheelchair"], verdict.Categories);
    }

    [Fact]
    public void Consent_for_another_partner_does_not_cover_this_one()
    {
        var consent = ConsentFor("pickup-address-to-taxi-operator", recipients: ["partner:yuda-kotsu"]);
        var question = new LinkQuestion("partner:yamaguchi-taxi", "mobility", "pickup-address-to-taxi-operator", ["mobility.pickup-address"], "odono");
        Assert.Equal(DenyReason.RecipientNotConsented, LinkDecider.Decide(question, Catalogue, [consent], [], Now).DenyReason);
    }

    [Fact]
    public void Link_can_be_asked_from_the_recipient_side()
    {
        var question = new LinkQuestion("disaster", "childcare", "children-facility-to-disaster", ["childcare.facility"], "odono");
        var verdict = LinkDecider.Decide(question, Catalogue, [ConsentFor("children-facility-to-disaster")], [], Now);
        Assert.True(verdict.Allowed);
        Assert.Equal(("childcare", "disaster"), (verdict.Source, verdict.Recipient));
    }

    [Fact]
    public void Break_glass_allows_in_scope_without_consent_and_says_so()
    {
        var window = Window(["odono"], ["mobility-needs.wheelchair", "mobility-needs.pickup-place"]);
        var verdict = LinkDecider.Decide(RideQuestion("odono", "mobility-needs.wheelchair"), Catalogue, [ConsentFor("evacuation-ride", state: ConsentState.Withdrawn)], [window], Now);
        Assert.True(verdict.Allowed);
        Assert.Equal("break-glass", verdict.Basis);
        Assert.Equal(window.DeclarationId, verdict.DeclarationId);
    }

    [Theory]
    [InlineData("ogori", false, false)]
    [InlineData("odono", true, false)]
    [InlineData("odono", false, true)]
    public void Break_glass_is_bounded_by_district_time_and_ending(string district, bool expired, bool ended)
    {
        var window = Window(["odono"], ["mobility-needs.wheelchair"], until: expired ? Now.AddMinutes(-1) : null, ended: ended ? Now.AddMinutes(-5) : null);
        Assert.False(LinkDecider.Decide(RideQuestion(district), Catalogue, [], [window], Now).Allowed);
    }

    [Fact]
    public void Break_glass_never_covers_categories_outside_the_window()
    {
        var window = Window(["odono"], ["mobility-needs.wheelchair"]);
        var verdict = LinkDecider.Decide(RideQuestion("odono", "mobility-needs.wheelchair", "mobility-needs.pickup-place"), Catalogue, [], [window], Now);
        Assert.Equal(["mobility-needs.wheelchair"], verdict.Categories);
    }

    [Fact]
    public void Break_glass_does_not_open_purposes_that_exclude_it()
    {
        var window = Window(["odono"], ["childcare.facility"]);
        var question = new LinkQuestion("disaster", "childcare", "children-facility-to-disaster", ["childcare.facility"], "odono");
        Assert.False(LinkDecider.Decide(question, Catalogue, [], [window], Now).Allowed);
    }
}

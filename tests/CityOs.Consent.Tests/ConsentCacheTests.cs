using CityOs.Consent.Client;
using CityOs.Contracts.Consent;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CityOs.Consent.Tests;

public sealed class ConsentCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero));
    private readonly ConsentCache _cache;

    public ConsentCacheTests()
    {
        var options = new ConsentClientOptions();
        options.Domains.Add("mobility");
        _cache = new ConsentCache(Options.Create(options), _time);
    }

    private ConsentChanged Change(long sequence, string change, string domain = "mobility", string pseudonym = "p1") => new()
    {
        Sequence = sequence,
        Domain = domain,
        Pseudonym = pseudonym,
        ConsentRef = "ref",
        PurposeId = "evacuation-ride",
        Change = change,
        Categories = ["mobility-needs.wheelchair"],
        Recipients = ["mobility"],
        ValidUntil = _time.GetUtcNow().AddDays(30),
        At = _time.GetUtcNow(),
    };

    private ConsentCheck? Check(string pseudonym = "p1") => _cache.TryCheck("mobility", pseudonym, "evacuation-ride", "mobility", ["mobility-needs.wheelchair", "mobility-needs.pickup-place"]);

    private void Beat(long sequence) => _cache.Heartbeat(new ConsentHeartbeat { Sequence = sequence, At = _time.GetUtcNow() });

    [Fact]
    public void Answers_nothing_before_the_first_heartbeat()
    {
        _cache.Apply(Change(1, "granted"));
        Assert.Null(Check());
    }

    [Fact]
    public void Granted_then_withdrawn_is_reflected_and_only_consented_categories_are_released()
    {
        Beat(0);
        _cache.Apply(Change(1, "granted"));
        var allowed = Check();
        Assert.True(allowed!.Value.Allowed);
        Assert.Equal(["mobility-needs.wheelchair"], allowed.Value.AllowedCategories);

        _cache.Apply(Change(2, "withdrawn"));
        Assert.False(Check()!.Value.Allowed);
    }

    [Fact]
    public void A_late_grant_never_resurrects_a_withdrawal()
    {
        Beat(0);
        _cache.Apply(Change(2, "withdrawn"));
        _cache.Apply(Change(1, "granted"));
        Assert.False(Check()!.Value.Allowed);
    }

    [Fact]
    public void Without_heartbeats_the_cache_is_in_doubt()
    {
        Beat(0);
        _cache.Apply(Change(1, "granted"));
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Null(Check());
    }

    [Fact]
    public void A_change_announced_but_never_received_clears_the_cache()
    {
        Beat(0);
        _cache.Apply(Change(1, "granted"));
        Beat(2);
        Assert.NotNull(Check());
        _time.Advance(TimeSpan.FromSeconds(2.5));
        Beat(2);
        Assert.Null(Check());
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public void Answer_from_consent_is_kept_only_if_nothing_changed_since()
    {
        Beat(5);
        _cache.Store("mobility", "p2", "evacuation-ride", new ConsentStatus { Active = true, Categories = ["mobility-needs.wheelchair"], Recipients = ["mobility"], ValidUntil = _time.GetUtcNow().AddDays(1), AsOfSequence = 4 });
        Assert.Null(Check("p2"));
        _cache.Store("mobility", "p2", "evacuation-ride", new ConsentStatus { Active = true, Categories = ["mobility-needs.wheelchair"], Recipients = ["mobility"], ValidUntil = _time.GetUtcNow().AddDays(1), AsOfSequence = 5 });
        Assert.True(Check("p2")!.Value.Allowed);
    }

    [Fact]
    public void Other_domains_pseudonyms_are_not_kept()
    {
        Beat(0);
        _cache.Apply(Change(1, "granted", domain: "disaster", pseudonym: "d1"));
        Assert.Equal(0, _cache.Count);
        Assert.Equal(1, _cache.Sequence);
    }

    [Fact]
    public void Consent_past_its_end_is_denied_from_the_cache()
    {
        Beat(0);
        _cache.Apply(Change(1, "granted"));
        _time.Advance(TimeSpan.FromDays(31));
        Beat(1);
        Assert.False(Check()!.Value.Allowed);
    }

    [Fact]
    public void Release_filter_lets_only_allowed_categories_leave()
    {
        var data = new Dictionary<string, string> { ["mobility-needs.wheelchair"] = "yes", ["mobility-needs.pickup-place"] = "近所の公園" };
        var released = ReleaseFilter.Release(data, new ConsentCheck(true, ["mobility-needs.wheelchair"], null, true));
        Assert.Equal(["mobility-needs.wheelchair"], released.Keys);
        Assert.Empty(ReleaseFilter.Release(data, ConsentCheck.Deny("no-consent")));
    }
}

using System.Net;
using CityOs.Web.Tests.Support;
using Microsoft.Playwright;

namespace CityOs.Web.Tests;

/// <summary>The companion app in a real Chromium against the all-in-one host.</summary>
public sealed class ResidentConsentFlowTests(LiveCity city) : IClassFixture<LiveCity>
{
    private const string EvacuationRide = "evacuation-ride";

    [Fact]
    public async Task A_resident_grants_a_consent_withdraws_it_and_sees_the_disclosure_in_their_tracker()
    {
        var counter = new CityCounter(city);
        var residentId = await counter.EnrolAsync("藤井 一郎", "1954-02-03");
        var (loginId, code) = await counter.PrintCodeAsync(residentId);
        var app = new ResidentApp(await city.Browser.NewPageAsync(city.Host.BaseAddress));

        await app.EnrolAsync(loginId, code, "428153");
        await app.GrantAsync(EvacuationRide);
        var decision = await counter.DisasterAsksForRideNeedsAsync(residentId);
        await app.Page.ReloadAsync();
        await Assertions.Expect(app.Tracker.Locator("li.entry-disclosure")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(app.Page, "app-consents");
        await app.WithdrawAsync(EvacuationRide);

        Assert.True(decision["allowed"]!.GetValue<bool>(), decision.ToJsonString());
        var disclosure = app.Tracker.Locator("li.entry-disclosure");
        await Assertions.Expect(disclosure).ToContainTextAsync("データを渡しました");
        await Assertions.Expect(disclosure).ToContainTextAsync("交通（デマンドタクシー）");
        await Assertions.Expect(disclosure).ToContainTextAsync("車いすを使っていること");
        await Assertions.Expect(app.Tracker.Locator("li.entry-consent-withdrawn")).ToHaveCountAsync(1);
        await Assertions.Expect(app.Tracker.Locator("li.entry-consent-given")).ToHaveCountAsync(1);
        var refused = await counter.DisasterAsksForRideNeedsAsync(residentId);
        Assert.False(refused["allowed"]!.GetValue<bool>());
        await Screenshots.SaveAsync(app.Page, "app-tracker");
        await Accessibility.AssertAsync(app.Page);
    }

    [Fact]
    public async Task A_proxy_acts_for_an_elderly_resident_and_only_for_her()
    {
        var counter = new CityCounter(city);
        var harada = await counter.EnrolAsync("原田 ハナ", "1945-04-01", "aio");
        var tanaka = await counter.EnrolAsync("田中 誠", "1974-08-20");
        var stranger = await counter.EnrolAsync("山本 さくら", "1989-05-05");
        await counter.RecordFamilyProxyAsync(harada, tanaka);
        var (loginId, code) = await counter.PrintCodeAsync(tanaka);
        var app = new ResidentApp(await city.Browser.NewPageAsync(city.Host.BaseAddress));

        await app.EnrolAsync(loginId, code, "771904");
        await app.Page.GetByLabel("表示する人").SelectOptionAsync(new SelectOptionValue { Label = "原田 ハナ さん（代理）" });
        await Assertions.Expect(app.Page.GetByRole(AriaRole.Note)).ToContainTextAsync("原田 ハナ さんの代理として操作しています（家族として登録済み）");
        await app.GrantAsync(EvacuationRide);
        await Screenshots.SaveAsync(app.Page, "app-acting-for");

        var granted = await counter.DisasterAsksForRideNeedsAsync(harada);
        Assert.True(granted["allowed"]!.GetValue<bool>(), granted.ToJsonString());
        using var asTanaka = city.Host.CreateClient().WithToken((await app.AccessTokenAsync())!);
        var own = await asTanaka.GetAsync($"/api/consent/v1/residents/{harada}/consents");
        var notHers = await asTanaka.GetAsync($"/api/consent/v1/residents/{stranger}/consents");
        var nobody = await asTanaka.GetAsync("/api/consent/v1/residents/no-such-person/consents");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("\"method\":\"Proxy\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nobody.StatusCode);
        await Accessibility.AssertAsync(app.Page);
    }
}

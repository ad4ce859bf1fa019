using System.Net;
using System.Net.Http.Json;
using CityOs.Web.Tests.Support;
using Microsoft.Playwright;

namespace CityOs.Web.Tests;

/// <summary>"My rides" and "my children" in a real Chromium against the all-in-one host.</summary>
public sealed class ResidentRidesAndChildrenFlowTests(LiveCity city) : IClassFixture<LiveCity>
{
    [Fact]
    public async Task A_resident_books_a_ride_from_named_places_sees_it_accepted_and_cancels_it()
    {
        var counter = new CityCounter(city);
        var me = await counter.EnrolAsync("石田 ふみ", "1952-06-30");
        var (loginId, code) = await counter.PrintCodeAsync(me);
        var app = new ResidentApp(await city.Browser.NewPageAsync(city.Host.BaseAddress));
        await app.EnrolAsync(loginId, code, "315972");
        var rides = app.Page.Locator("#rides");
        await Assertions.Expect(rides).ToContainTextAsync("予約はありません");

        await rides.GetByLabel("乗る場所").SelectOptionAsync(new SelectOptionValue { Label = "山口駅" });
        await rides.GetByLabel("降りる場所").SelectOptionAsync(new SelectOptionValue { Label = "湯田温泉" });
        await rides.GetByRole(AriaRole.Button, new() { Name = "予約する" }).ClickAsync();

        var booked = rides.Locator("li.ride-accepted");
        await Assertions.Expect(booked).ToContainTextAsync("山口駅 → 湯田温泉");
        await Assertions.Expect(booked).ToContainTextAsync("予約できました");
        await Screenshots.SaveAsync(app.Page, "app-rides");
        await Accessibility.AssertAsync(app.Page);
        await booked.GetByRole(AriaRole.Button, new() { Name = "予約を取り消す" }).ClickAsync();
        await Assertions.Expect(rides.Locator("li.ride-cancelled")).ToContainTextAsync("取り消しました");
        await Assertions.Expect(rides.Locator("li.ride-accepted")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_parent_sees_her_childcare_application_with_its_points_and_withdraws_it()
    {
        var counter = new CityCounter(city);
        var me = await counter.EnrolAsync("森 あゆみ", "1990-10-10");
        var daughter = await counter.EnrolAsync("森 ひなた", "2024-09-01");
        await counter.RecordFamilyProxyAsync(daughter, me);
        var (loginId, code) = await counter.PrintCodeAsync(me);
        var app = new ResidentApp(await city.Browser.NewPageAsync(city.Host.BaseAddress));
        await app.EnrolAsync(loginId, code, "620418");
        using var online = city.Host.CreateClient().WithToken((await app.AccessTokenAsync())!);
        var applied = await online.PostAsJsonAsync($"/api/childcare/v1/residents/{me}/applications", new
        {
            parents = new[] { new { label = "母", workHoursPerMonth = 160m, reasons = Array.Empty<string>() } },
            children = new[] { new { residentId = daughter, ageClass = 1, preferences = new[] { "ns-odono", "ns-shiraishi" } } },
        });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);

        await app.Page.ReloadAsync();
        var application = app.Page.Locator("#children li.application");
        await Assertions.Expect(application).ToContainTextAsync("受付済み");
        await Assertions.Expect(application).ToContainTextAsync("利用調整指数");
        await application.GetByText("点数の内訳").ClickAsync();
        await Assertions.Expect(application.Locator("details li").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(app.Page, "app-children");
        await Accessibility.AssertAsync(app.Page);
        await application.GetByRole(AriaRole.Button, new() { Name = "申し込みを取り下げる" }).ClickAsync();
        await Assertions.Expect(application).ToContainTextAsync("取り下げ");
        await Assertions.Expect(application.GetByRole(AriaRole.Button, new() { Name = "申し込みを取り下げる" })).ToHaveCountAsync(0);
    }
}

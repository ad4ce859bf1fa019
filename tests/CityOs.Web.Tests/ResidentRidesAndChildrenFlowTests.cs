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
        var app = await counter.OpenAppAsync(me, "315972");
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
        var app = await counter.OpenAppAsync(me, "620418");
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

    [Fact]
    public async Task A_parent_asks_for_a_nursery_pickup_from_the_app_and_accepts_the_proposed_helper()
    {
        var counter = new CityCounter(city);
        var me = await counter.EnrolAsync("岡田 まい", "1991-01-21");
        var app = await counter.OpenAppAsync(me, "582046", timezoneId: "Asia/Tokyo");
        var children = app.Page.Locator("#children");
        await Assertions.Expect(children).ToContainTextAsync("ファミリー・サポートの依頼はありません");

        // The demo city's helpers work weekday evenings: the next weekday at 18:00 in Yamaguchi.
        var day = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        await children.GetByLabel("お迎えに行く施設").SelectOptionAsync(new SelectOptionValue { Label = "大殿保育園" });
        await children.GetByLabel("送り先（ご自宅の近くの目印）").SelectOptionAsync(new SelectOptionValue { Label = "湯田温泉" });
        await children.GetByLabel("お迎えの日時").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T18:00");
        await children.GetByLabel("お子さんの年齢").SelectOptionAsync(new SelectOptionValue { Label = "3歳" });
        await children.GetByRole(AriaRole.Button, new() { Name = "依頼する" }).ClickAsync();

        var request = children.Locator("li.support-request");
        await Assertions.Expect(request).ToContainTextAsync("大殿保育園 へのお迎え");
        await Assertions.Expect(request).ToContainTextAsync("援助会員が見つかりました（承諾してください）");
        await Assertions.Expect(request).ToContainTextAsync("18:00");
        await Screenshots.SaveAsync(app.Page, "app-family-support");
        await Accessibility.AssertAsync(app.Page);
        await request.GetByRole(AriaRole.Button, new() { Name = "この援助会員にお願いする" }).ClickAsync();
        await Assertions.Expect(request).ToContainTextAsync("援助会員の返事を待っています");
        await Assertions.Expect(request.GetByRole(AriaRole.Button, new() { Name = "この援助会員にお願いする" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_parent_chooses_her_child_books_a_vaccination_from_a_clinics_free_slot_and_cancels_it()
    {
        var counter = new CityCounter(city);
        var me = await counter.EnrolAsync("宮本 さやか", "1992-12-12");
        var son = await counter.EnrolAsync("宮本 はると", "2026-06-01");
        await counter.RecordFamilyProxyAsync(son, me);
        using (var clinic = city.Host.CreateClient().WithToken(await CityTokens.StaffAsync(city.Host.CreateClient(), DemoAccounts.Staff)))
        {
            var slot = await clinic.PostAsJsonAsync("/api/childcare/v1/vaccinations/slots", new
            {
                clinicId = "clinic-hikari", clinicName = "ひかり小児科", vaccine = "hib", start = DateTimeOffset.UtcNow.AddDays(10), capacity = 3,
            });
            Assert.Equal(HttpStatusCode.Created, slot.StatusCode);
        }

        var app = await counter.OpenAppAsync(me, "731904");
        // Her own bookings answer slowly (as on a busy phone line): she switches to her son while they load, and the
        // late answer for her must not replace his screen — this once wiped a half-filled form (seen in CI).
        await app.Page.RouteAsync(url => url.EndsWith($"/api/childcare/v1/residents/{Uri.EscapeDataString(me)}/vaccinations", StringComparison.Ordinal), async route =>
        {
            await Task.Delay(2_500);
            await route.ContinueAsync();
        });
        var person = app.Page.GetByLabel("表示する人");
        await person.SelectOptionAsync(new SelectOptionValue { Label = "宮本 はると さん（代理）" });
        await person.SelectOptionAsync(new SelectOptionValue { Label = "自分（宮本 さやか）" });
        await person.SelectOptionAsync(new SelectOptionValue { Label = "宮本 はると さん（代理）" });
        var vaccinations = app.Page.Locator("#vaccinations");
        await Assertions.Expect(vaccinations).ToContainTextAsync("宮本 はると さんの予防接種の予約はありません");

        await vaccinations.GetByLabel("ワクチン").SelectOptionAsync(new SelectOptionValue { Label = "ヒブ" });
        var slots = vaccinations.GetByLabel("医療機関と日時");
        await Assertions.Expect(slots.Locator("option", new() { HasText = "ひかり小児科" })).ToHaveCountAsync(1);
        await Task.Delay(3_000);
        await Assertions.Expect(vaccinations.GetByLabel("ワクチン")).ToHaveValueAsync("hib");
        await Assertions.Expect(slots.Locator("option", new() { HasText = "ひかり小児科" })).ToHaveCountAsync(1);
        var offered = await slots.Locator("option", new() { HasText = "ひかり小児科" }).TextContentAsync();
        await slots.SelectOptionAsync(new SelectOptionValue { Label = offered! });
        await vaccinations.GetByLabel("接種する日の月齢（生後何か月）").FillAsync("6");
        await vaccinations.GetByRole(AriaRole.Button, new() { Name = "予約する" }).ClickAsync();

        var booked = vaccinations.Locator("li.vaccination");
        await Assertions.Expect(booked).ToContainTextAsync("ヒブ");
        await Screenshots.SaveAsync(app.Page, "app-vaccinations");
        await Accessibility.AssertAsync(app.Page);
        await booked.GetByRole(AriaRole.Button, new() { Name = "予約を取り消す" }).ClickAsync();
        await Assertions.Expect(vaccinations).ToContainTextAsync("予防接種の予約はありません");
        await Assertions.Expect(vaccinations.Locator("li.vaccination")).ToHaveCountAsync(0);
    }
}

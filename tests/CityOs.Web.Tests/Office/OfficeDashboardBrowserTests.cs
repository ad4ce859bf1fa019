using System.Text;
using CityOs.Testing.Browser;
using CityOs.Testing.Identity;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CityOs.Web.Tests.Office;

/// <summary>The office dashboard in a real Chromium against the whole city: sign-in, the heavy-rain exercise on the map, a demonstration project.</summary>
/// <remarks>One collection with the other whole-city tests: two cities and a browser at once would starve a two-core machine.</remarks>
[Collection("office-city")]
public sealed class OfficeDashboardBrowserTests(OfficeCity city, CityBrowser browser) : IClassFixture<OfficeCity>, IClassFixture<CityBrowser>
{
    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task The_office_sees_the_districts_change_during_the_heavy_rain_demo()
    {
        var page = await SignedInDashboardAsync(DemoAccounts.Office);
        var natajima = page.Locator("#map path[data-district='natajima']");
        Assert.Equal("0", await natajima.GetAttributeAsync("data-level"));
        await AssertAccessibleAsync(page);
        await Screenshots.SaveAsync(page, "office-dashboard");

        await page.GetByRole(AriaRole.Button, new() { Name = "訓練を開始" }).ClickAsync();

        // The map follows the alerts as they arrive: 名田島 floods (5), 小郡 must evacuate (4), 大殿 elderly evacuate (3), 阿東 stays clear.
        var slow = new LocatorAssertionsToHaveAttributeOptions { Timeout = 180_000 };
        await Assertions.Expect(natajima).ToHaveAttributeAsync("data-level", "5", slow);
        await Assertions.Expect(page.Locator("#map path[data-district='ogori']")).ToHaveAttributeAsync("data-level", "4", slow);
        await Assertions.Expect(page.Locator("#map path[data-district='odono']")).ToHaveAttributeAsync("data-level", "3", slow);
        Assert.Equal("0", await page.Locator("#map path[data-district='ato']").GetAttributeAsync("data-level"));
        await Assertions.Expect(page.Locator("#exercise-state")).ToHaveAttributeAsync("data-state", "done", slow);
        Assert.NotEqual("0", await page.Locator("[data-figure='affected']").TextContentAsync());
        await Assertions.Expect(page.Locator("#district-table tbody tr", new() { HasText = "名田島" })).ToContainTextAsync("レベル5 緊急安全確保");
        await Screenshots.SaveAsync(page, "office-map-heavy-rain");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("#map-h")).ToHaveTextAsync("Alert level by district");
        await Assertions.Expect(natajima).ToHaveAttributeAsync("aria-label", "Natajima: Level 5 emergency safety");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_office_registers_a_demonstration_project_and_sees_its_kpi_against_the_target()
    {
        var page = await SignedInDashboardAsync(DemoAccounts.Office);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.Locator("#project-form-box summary").ClickAsync();
        await page.Locator("#p-nameJa").FillAsync("阿東・徳地 デマンド交通実証");
        await page.Locator("#p-nameEn").FillAsync("Ato and Tokuji demand-responsive transport");
        await page.GetByLabel("阿東", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("徳地", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("移動", new() { Exact = true }).CheckAsync();
        await page.Locator("#p-partners").FillAsync("山口デマンド交通（デモ）、防長交通");
        await page.Locator("#k0-metric").SelectOptionAsync("survey");
        await page.Locator("#k0-nameJa").FillAsync("日常の移動に不便を感じない市民の割合");
        await page.Locator("#k0-baseline").FillAsync("59.8");
        await page.Locator("#k0-target").FillAsync("67");
        await page.GetByRole(AriaRole.Button, new() { Name = "KPIを追加" }).ClickAsync();
        await page.Locator("#k1-metric").SelectOptionAsync("mobility.shared-share");
        await page.Locator("#k1-baseline").FillAsync("10");
        await page.Locator("#k1-target").FillAsync("30");

        // A slip first: the end before the start is named at the end-date field, and nothing is registered.
        await page.Locator("#p-start").FillAsync(today.AddDays(-10).ToString("yyyy-MM-dd"));
        await page.Locator("#p-end").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[id='e-period.end']")).ToContainTextAsync("終了日は開始日以降にしてください");
        await Assertions.Expect(page.Locator("#p-end")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#form-errors")).ToBeFocusedAsync();

        await page.Locator("#p-end").FillAsync(today.AddDays(355).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する", Exact = true }).ClickAsync();
        var project = page.Locator("article.project", new() { HasText = "阿東・徳地 デマンド交通実証" });
        await Assertions.Expect(project).ToBeVisibleAsync();
        var survey = project.Locator(".kpi[data-kpi='k1']");
        await Assertions.Expect(survey).ToContainTextAsync("まだ値がありません");

        await survey.GetByLabel("調査値を入力").FillAsync("63.4");
        await survey.GetByRole(AriaRole.Button, new() { Name = "記録" }).ClickAsync();
        survey = page.Locator("article.project", new() { HasText = "阿東・徳地 デマンド交通実証" }).Locator(".kpi[data-kpi='k1']");
        await Assertions.Expect(survey.Locator(".value")).ToContainTextAsync("63.4% → 目標 67%（達成度 50%）");
        await Assertions.Expect(survey.Locator("svg.kpi-chart line[data-target='67']")).ToHaveCountAsync(1);
        await Assertions.Expect(survey.Locator("svg.kpi-chart circle[data-value='63.4']")).ToHaveCountAsync(1);
        await Assertions.Expect(survey.Locator("svg.kpi-chart")).ToHaveAttributeAsync("aria-label", "日常の移動に不便を感じない市民の割合: 基準値 59.8%、目標値 67%、最新 63.4%");
        await project.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "office-project-kpi");

        var download = await page.RunAndWaitForDownloadAsync(() => project.GetByRole(AriaRole.Button, new() { Name = "報告書をCSVで保存" }).ClickAsync());
        var csv = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains("日常の移動に不便を感じない市民の割合,,survey,%,59.8,67,", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);
    }

    private async Task<IPage> SignedInDashboardAsync((string UserName, string Password) account)
    {
        var page = await browser.NewPageAsync(city.BaseAddress, phone: false);
        await page.GotoAsync("/office/");
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.Locator("#userName").FillAsync(account.UserName);
        await page.Locator("#password").FillAsync(account.Password);
        await page.Locator("form[action$='/staff'] button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        Assert.EndsWith("/office/", page.Url, StringComparison.Ordinal);
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(' ', n.Target)))}")));
    }
}

using CityOs.Web.Tests.Support;
using Microsoft.Playwright;

namespace CityOs.Web.Tests;

/// <summary>The Gateway's sign-in page in a real Chromium: labelled, keyboard-usable, no WCAG 2.2 AA violations axe can find.</summary>
public sealed class SignInPageBrowserTests(LiveCity city) : IClassFixture<LiveCity>
{
    [Fact]
    public async Task Sign_in_page_is_accessible_and_refuses_a_wrong_password_without_saying_why()
    {
        var page = await city.Browser.NewPageAsync(city.Host.BaseAddress);

        await page.GotoAsync("/identity/sign-in");
        await page.GetByLabel("職員ID").FillAsync("staff01");
        await page.GetByLabel("パスワード").FillAsync("wrong-password");
        await page.GetByLabel("パスワード").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("名前またはパスワードが違います");
        await Accessibility.AssertAsync(page);
        await Screenshots.SaveAsync(page, "sign-in");
    }
}

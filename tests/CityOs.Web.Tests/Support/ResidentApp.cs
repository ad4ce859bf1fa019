using Microsoft.Playwright;

namespace CityOs.Web.Tests.Support;

/// <summary>The companion app driven as a person would: through labels and button names, in Japanese.</summary>
public sealed class ResidentApp(IPage page)
{
    public IPage Page => page;

    /// <summary>First visit: the Gateway's sign-in page, the code from the counter, a new PIN; back in the app signed in.</summary>
    public async Task EnrolAsync(string loginId, string code, string pin)
    {
        await page.GotoAsync("/app/");
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.Locator("#enrolLoginId").FillAsync(loginId);
        await page.GetByLabel("確認コード").FillAsync(code);
        await page.Locator("#newPin").FillAsync(pin);
        await page.Locator("#newPinAgain").FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "登録してサインイン / Enrol and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "わたしの同意" })).ToBeVisibleAsync();
    }

    public ILocator Purpose(string purposeId) => page.Locator($"#consents li:has(#purpose-{purposeId})");

    public async Task GrantAsync(string purposeId)
    {
        await Purpose(purposeId).GetByRole(AriaRole.Button, new() { Name = "同意する" }).ClickAsync();
        await Assertions.Expect(Purpose(purposeId).GetByText("同意しています")).ToBeVisibleAsync();
    }

    public async Task WithdrawAsync(string purposeId)
    {
        await Purpose(purposeId).GetByRole(AriaRole.Button, new() { Name = "同意を取り消す" }).ClickAsync();
        await Assertions.Expect(Purpose(purposeId).GetByText("同意していません")).ToBeVisibleAsync();
    }

    public ILocator Tracker => page.Locator("#tracker");

    public Task<string?> AccessTokenAsync() => page.EvaluateAsync<string?>("() => sessionStorage.getItem('token')");
}

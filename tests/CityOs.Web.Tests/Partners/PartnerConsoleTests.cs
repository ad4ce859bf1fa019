using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CityOs.Host;
using CityOs.ServiceDefaults.Security;
using CityOs.Testing.Browser;
using CityOs.Testing.Identity;
using Microsoft.Playwright;

namespace CityOs.Web.Tests.Partners;

/// <summary>The partner console in a real Chromium against the all-in-one host: a partner sees its own webhooks and never another's.</summary>
public sealed class PartnerConsoleTests(CityBrowser browser, ITestOutputHelper output) : IClassFixture<CityBrowser>
{
    private const string TaxiHook = "https://taxi.example/cityos-hook-a";

    [Fact]
    public async Task A_partner_is_refused_another_partners_webhook_list()
    {
        await using var host = new LiveHost<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
        }, output);
        using var http = host.CreateClient();
        var taxiToken = await CityTokens.ClientCredentialsAsync(http, DemoAccounts.Taxi, CityScopes.Webhooks);
        using (var taxi = host.CreateClient().WithToken(taxiToken))
        {
            var created = await taxi.PostAsJsonAsync("/api/partners/v1/clients/demo-taxi/webhooks", new { url = TaxiHook, events = new[] { "alert.raised" } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // Partner A sees its webhook in the console: the page shows webhooks when it is allowed to.
        var pageA = await browser.NewPageAsync(host.BaseAddress, phone: false);
        await SignInAsync(pageA, DemoAccounts.Taxi);
        await Assertions.Expect(pageA.Locator("#webhooks tbody")).ToContainTextAsync(TaxiHook);

        // Partner B signs in, sees its own (empty) list, then opens A's list.
        var pageB = await browser.NewPageAsync(host.BaseAddress, phone: false);
        await SignInAsync(pageB, DemoAccounts.Clinic);
        await Assertions.Expect(pageB.Locator("#me")).ToHaveTextAsync("demo-clinic");
        await Assertions.Expect(pageB.Locator("#refused")).ToBeHiddenAsync();

        await pageB.GotoAsync("/partners/?client=demo-taxi");
        var refused = pageB.Locator("#refused");
        await Assertions.Expect(refused).ToBeVisibleAsync();
        await Assertions.Expect(refused).ToContainTextAsync("アクセスできません");
        await Assertions.Expect(pageB.Locator("#viewing")).ToHaveTextAsync("demo-taxi");
        Assert.Equal(0, await pageB.Locator("#webhooks tbody tr").CountAsync());
        Assert.DoesNotContain("taxi.example", await pageB.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(pageB, "partner-console-refused");

        // The refusal comes from the API, not from the page: B's own token asking for A's list directly is 403 too.
        var status = await pageB.EvaluateAsync<int>("""
            async () => {
              const s = JSON.parse(sessionStorage.getItem("cityos-partner"));
              const r = await fetch("/api/partners/v1/clients/demo-taxi/webhooks", { headers: { Authorization: "Bearer " + s.token } });
              return r.status;
            }
            """);
        Assert.Equal(403, status);

        await pageB.ClickAsync("#lang");
        await Assertions.Expect(refused).ToContainTextAsync("Access refused");
        await Screenshots.SaveAsync(pageA, "partner-console");
    }

    private static async Task SignInAsync(IPage page, (string ClientId, string Secret) client)
    {
        await page.GotoAsync("/partners/");
        await page.GetByLabel("クライアントID").FillAsync(client.ClientId);
        await page.GetByLabel("シークレット").FillAsync(client.Secret);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeVisibleAsync();
    }
}

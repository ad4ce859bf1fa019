using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Host;
using CityOs.Testing.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Host.Tests.Support;

/// <summary>
/// The all-in-one host (Consent, Gateway, Mobility, Childcare in one process) and its counter: a clerk enrols residents,
/// prints their one-time codes and records proxies; residents sign in at the host's Gateway as the app does.
/// </summary>
public sealed class ResidentCity : IAsyncLifetime
{
    private const string Pin = "246813";

    public ServiceFactory<HostEntryPoint> Host { get; } = new(new Dictionary<string, string?>
    {
        ["Demo:SimulateSensors"] = "false",
        ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
        ["Identity:AppOrigins:0"] = "http://localhost",
    });

    public HttpClient Counter { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Counter = Host.CreateStaffClient(DemoAccounts.Counter);
        Anonymous = Host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task<string> EnrolAsync(string name, string birthDate)
    {
        var response = await Counter.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate, address = "山口市大殿1-1", district = "odono", enrolledVia = "counter", staffId = DemoAccounts.Counter.UserName });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
    }

    /// <summary>The resident's first sign-in with the code the counter printed; the client carries their access token.</summary>
    public async Task<HttpClient> SignInAsync(string residentId)
    {
        var printed = await Counter.PostAsync($"/api/consent/v1/residents/{residentId}/enrolment-codes", null);
        printed.EnsureSuccessStatusCode();
        var code = (await printed.Content.ReadFromJsonAsync<JsonObject>())!;
        var browser = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var token = await CityTokens.EnrolResidentAsync(browser, code["loginId"]!.GetValue<string>(), code["code"]!.GetValue<string>(), Pin);
        return Host.CreateClient().WithToken(token);
    }

    public async Task RecordFamilyProxyAsync(string residentId, string proxyResidentId) =>
        (await Counter.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyResidentId, relationship = "Family" })).EnsureSuccessStatusCode();

    public async Task DisposeAsync()
    {
        Counter.Dispose();
        Anonymous.Dispose();
        await Host.DisposeAsync();
    }
}

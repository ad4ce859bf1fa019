using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Consent.Vault;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Web.Tests.Support;

/// <summary>What a counter clerk does before a resident opens the app: enrol them, print their one-time code, record proxies.</summary>
public sealed class CityCounter(LiveCity city)
{
    private string? _token;
    private string? _deskToken;

    public async Task<string> EnrolAsync(string name, string birthDate, string district = "odono")
    {
        var response = await (await HttpAsync()).PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate, address = "山口市大殿1-1", district, enrolledVia = "counter", staffId = "counter01" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
    }

    public async Task<(string LoginId, string Code)> PrintCodeAsync(string residentId)
    {
        var response = await (await HttpAsync()).PostAsync($"/api/consent/v1/residents/{residentId}/enrolment-codes", null);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["loginId"]!.GetValue<string>(), body["code"]!.GetValue<string>());
    }

    /// <summary>The resident's first visit: the code the counter printed, then the app's enrolment with a new PIN, in a fresh browser context.</summary>
    public async Task<ResidentApp> OpenAppAsync(string residentId, string pin, string? timezoneId = null)
    {
        var (loginId, code) = await PrintCodeAsync(residentId);
        var app = new ResidentApp(await city.Browser.NewPageAsync(city.Host.BaseAddress, timezoneId: timezoneId));
        await app.EnrolAsync(loginId, code, pin);
        return app;
    }

    public async Task RecordFamilyProxyAsync(string residentId, string proxyResidentId)
    {
        var response = await (await HttpAsync()).PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyResidentId, relationship = "Family" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// What the Disaster service would ask Consent for the resident (as the bus consumer does), to make a disclosure happen:
    /// asked here over HTTP by the disaster desk, since a counter clerk may not ask for links.
    /// </summary>
    public async Task<JsonObject> DisasterAsksForRideNeedsAsync(string residentId)
    {
        var pseudonym = await city.Host.Services.GetRequiredService<IdentityVault>().PseudonymAsync(residentId, "disaster", CancellationToken.None);
        _deskToken ??= await CityTokens.StaffAsync(city.Host.CreateClient(), DemoAccounts.Staff);
        using var desk = city.Host.CreateClient().WithToken(_deskToken);
        var response = await desk.PostAsJsonAsync("/api/consent/v1/links", new
        {
            requestId = Guid.NewGuid(), requesterDomain = "disaster", requesterPseudonym = pseudonym, targetDomain = "mobility",
            purposeId = "evacuation-ride", categories = new[] { "mobility-needs.wheelchair", "mobility-needs.pickup-place" },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<HttpClient> HttpAsync()
    {
        _token ??= await CityTokens.StaffAsync(city.Host.CreateClient(), DemoAccounts.Counter);
        return city.Host.CreateClient().WithToken(_token);
    }
}

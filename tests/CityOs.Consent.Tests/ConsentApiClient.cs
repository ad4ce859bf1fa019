using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CityOs.Consent.Tests;

/// <summary>
/// Talks to the Consent API as a counter clerk does (token from the shared Gateway): enrols a resident, records the
/// clerk as the resident's counter proxy, then acts for them through that recorded relationship. Links are asked for
/// by a domain desk (<paramref name="desk"/>, role staff), as only people at a desk and scoped partners use HTTP for them.
/// </summary>
internal sealed class ConsentApiClient(HttpClient http, HttpClient desk, HttpClient colleague)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;

    public HttpClient Desk => desk;

    /// <summary>Another counter clerk, who records the first one's proxy relationship (nobody records their own).</summary>
    public HttpClient Colleague => colleague;

    public async Task<string> EnrolAsync(string name, string district = "odono", string birthDate = "1945-04-01", string phone = "083-922-0000", string address = "山口市大殿1-1")
    {
        var response = await http.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate, address, phone, district, enrolledVia = "counter", staffId = "staff-7" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var residentId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
        var proxy = await colleague.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" });
        Assert.True(proxy.IsSuccessStatusCode, await proxy.Content.ReadAsStringAsync());
        return residentId;
    }

    public async Task<string> PseudonymAsync(string name, string domain, string district = "odono", string birthDate = "1945-04-01")
    {
        var response = await http.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate, address = "山口市大殿1-1", district, enrolledVia = "counter", staffId = "staff-7", forDomain = domain });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Null(body["residentId"]?.GetValue<string>());
        return body["pseudonym"]!.GetValue<string>();
    }

    public async Task<JsonObject> GrantAsync(string residentId, string purposeId, object? extra = null)
    {
        var notice = (await http.GetFromJsonAsync<JsonObject>("/api/consent/v1/purposes"))!["version"]!.GetValue<string>();
        var body = JsonSerializer.SerializeToNode(extra ?? new { method = "App" }, Json)!.AsObject();
        body["purposeId"] = purposeId;
        body["noticeVersion"] = notice;
        var response = await http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public Task<HttpResponseMessage> WithdrawAsync(string residentId, string consentId, int expectedVersion) =>
        http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents/{consentId}/withdraw", new { expectedVersion, method = "App" });

    public async Task<JsonObject> LinkAsync(string requesterDomain, string pseudonym, string targetDomain, string purposeId, params string[] categories)
    {
        var response = await desk.PostAsJsonAsync("/api/consent/v1/links", new { requestId = Guid.NewGuid(), requesterDomain, requesterPseudonym = pseudonym, targetDomain, purposeId, categories });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonArray> TrackerAsync(string residentId) =>
        (await http.GetFromJsonAsync<JsonArray>($"/api/consent/v1/residents/{residentId}/ledger"))!;
}

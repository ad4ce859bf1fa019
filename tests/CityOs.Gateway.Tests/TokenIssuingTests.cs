using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Gateway;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Gateway.Tests;

/// <summary>The Gateway alone (TestServer): what its tokens say, and what it refuses.</summary>
public sealed class TokenIssuingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ServiceFactory<GatewayEntryPoint> _gateway = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _gateway = new ServiceFactory<GatewayEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Identity:AppOrigins:0"] = "http://localhost",
        }, output);
        _http = _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Partner_gets_a_token_carrying_the_partner_role_and_the_scopes_it_asked_for()
    {
        var token = await CityTokens.ClientCredentialsAsync(_http, DemoAccounts.Taxi, CityScopes.MobilityRides, CityScopes.Webhooks);

        var me = await MeAsync(token);

        Assert.Equal(DemoAccounts.Taxi.ClientId, me.GetProperty("subject").GetString());
        Assert.Equal([CityRoles.Partner], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([CityScopes.MobilityRides, CityScopes.Webhooks], me.GetProperty("scopes").EnumerateArray().Select(r => r.GetString()).Order());
    }

    [Fact]
    public async Task Partner_cannot_get_a_scope_it_was_not_granted_nor_use_a_wrong_secret()
    {
        using var notGranted = await TokenRequestAsync(DemoAccounts.Clinic.ClientId, DemoAccounts.Clinic.Secret, CityScopes.DisasterRead);
        using var wrongSecret = await TokenRequestAsync(DemoAccounts.Clinic.ClientId, "not-the-secret-at-all", CityScopes.MobilityRides);

        Assert.Equal(HttpStatusCode.BadRequest, notGranted.StatusCode);
        Assert.Contains("not allowed to use the specified scope", await notGranted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task Staff_signs_in_with_code_and_pkce_and_the_token_carries_their_role_but_not_their_name()
    {
        var token = await CityTokens.StaffAsync(_http, DemoAccounts.Counter);

        var me = await MeAsync(token);

        Assert.Equal("staff:counter01", me.GetProperty("subject").GetString());
        Assert.Equal([CityRoles.Counter], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var payload = JsonDocument.Parse(Convert.FromBase64String(Pad(token.Split('.')[1]))).RootElement;
        Assert.False(payload.TryGetProperty("name", out _), "An access token must not carry the person's name.");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        var wrongPassword = await Assert.ThrowsAsync<InvalidOperationException>(() => CityTokens.StaffAsync(_http, (DemoAccounts.Staff.UserName, "guess")));
        var unknownName = await Assert.ThrowsAsync<InvalidOperationException>(() => CityTokens.StaffAsync(_http, ("nobody-here", "guess")));

        Assert.Contains("answered 400", wrongPassword.Message, StringComparison.Ordinal);
        Assert.Equal(Body(wrongPassword.Message), Body(unknownName.Message));
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_a_401_problem()
    {
        using var response = await _http.GetAsync("/api/identity/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_never_redirects_outside_the_authorization_endpoint()
    {
        using var page = await _http.GetAsync("/identity/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F");

        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    private async Task<JsonElement> MeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/v1/me");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> TokenRequestAsync(string clientId, string secret, string scope) =>
        _http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));

    // The antiforgery token in the page differs per request; the words around it must not.
    private static string Body(string message) => System.Text.RegularExpressions.Regex.Replace(message[message.IndexOf(':', StringComparison.Ordinal)..], "value=\"[^\"]*\"", "");

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
    }
}

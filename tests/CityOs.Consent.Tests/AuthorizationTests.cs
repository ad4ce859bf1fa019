using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace CityOs.Consent.Tests;

/// <summary>
/// Consent's office reads need an analyst (or the office), enrolment a counter clerk or domain staff, and an HTTP link
/// request domain staff or a partner holding consent.links. Refusals are RFC 9457 problems with fixed words.
/// </summary>
public sealed class AuthorizationTests(AuthorizationTests.Fixture consent) : IClassFixture<AuthorizationTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ServiceFactory<ConsentEntryPoint> Service { get; } =
            new(new Dictionary<string, string?>(SharedGateway.AuthoritySettings) { ["Bus:Transport"] = "InMemory" });

        public HttpClient Anonymous() => Service.CreateClient();

        public HttpClient Staff((string UserName, string Password) account) =>
            Service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.StaffTokenAsync(account)));

        public HttpClient Partner((string ClientId, string Secret) client, params string[] scopes) =>
            Service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.PartnerTokenAsync(client, scopes)));

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Service.DisposeAsync();
    }

    /// <summary>Each guarded endpoint, a caller who may use it, and one with a valid token who may not.</summary>
    public static TheoryData<string, string, string, string> Guarded => new()
    {
        { "GET", "/ledger/verify", "analyst01", "staff01" },
        { "GET", "/ledger/break-glass", "office01", "counter01" },
        { "GET", "/statistics/opt-in", "analyst01", "staff01" },
        { "GET", "/break-glass", "analyst01", "counter01" },
        { "POST", "/links", "staff01", "counter01" },
        { "POST", "/links", "staff01", "analyst01" },
        { "POST", "/residents", "counter01", "analyst01" },
        { "POST", "/residents", "staff01", "office01" },
    };

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task Guarded_endpoints_answer_401_without_a_token_403_to_the_wrong_role_and_pass_the_right_one(string method, string path, string allowed, string refused)
    {
        using var anonymous = consent.Anonymous();
        using var wrong = consent.Staff(Account(refused));
        using var right = consent.Staff(Account(allowed));

        await RefusalAssert.UnauthorizedAsync(await SendAsync(anonymous, method, path));
        await RefusalAssert.ForbiddenAsync(await SendAsync(wrong, method, path));
        using var passed = await SendAsync(right, method, path);
        // Past the guard the endpoint itself answers: 200 for the reads, 400 for the empty bodies.
        Assert.True(passed.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{allowed}: {method} {path} answered {(int)passed.StatusCode}");
    }

    [Fact]
    public async Task A_partner_may_ask_for_a_link_only_with_the_consent_links_scope_and_never_reads_the_office_figures()
    {
        using var unscoped = consent.Partner(DemoAccounts.Research, "disaster.read");
        using var scoped = consent.Partner(SharedGateway.LinkingPartner, "consent.links");
        var request = new { requestId = Guid.NewGuid(), requesterDomain = "partner:test", requesterPseudonym = "p-unknown", targetDomain = "mobility", purposeId = "evacuation-ride", categories = new[] { "mobility-needs.wheelchair" } };

        await RefusalAssert.ForbiddenAsync(await unscoped.PostAsJsonAsync("/api/consent/v1/links", request));
        using var decided = await scoped.PostAsJsonAsync("/api/consent/v1/links", request);
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        Assert.False((await decided.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["allowed"]!.GetValue<bool>());
        await RefusalAssert.ForbiddenAsync(await scoped.GetAsync("/api/consent/v1/ledger/break-glass"));
        await RefusalAssert.ForbiddenAsync(await scoped.PostAsJsonAsync("/api/consent/v1/residents", new { }));
    }

    private static (string, string) Account(string userName) =>
        new[] { DemoAccounts.Staff, DemoAccounts.Counter, DemoAccounts.Analyst, DemoAccounts.Office }.Single(a => a.UserName == userName);

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string path) =>
        http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/consent/v1" + path)
        {
            Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
        });
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Gateway.Tests.Support;
using CityOs.Gateway.Webhooks;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Gateway.Tests;

/// <summary>Subscriptions, webhooks and dead letters with real client-credentials tokens from the gateway's OpenIddict server.</summary>
public sealed class PartnerAccessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ServiceFactory<GatewayEntryPoint> _gateway = null!;
    private HttpClient _anonymous = null!;

    public Task InitializeAsync()
    {
        _gateway = Gateways.Standalone(output);
        _anonymous = _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Subscriptions_need_the_scope_and_a_partner_sees_only_its_own()
    {
        using var taxi = await ClientAsync(DemoAccounts.Taxi, CityScopes.NgsiSubscriptions);
        using var clinic = await ClientAsync(DemoAccounts.Clinic, CityScopes.Webhooks);
        using var research = await ClientAsync(DemoAccounts.Research, CityScopes.NgsiSubscriptions);
        var body = SubscriptionBody("https://partner.example/notify");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAsync("/ngsi-ld/v1/subscriptions", Json(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.PostAsync("/ngsi-ld/v1/subscriptions", Json(body))).StatusCode);

        var created = await taxi.PostAsync("/ngsi-ld/v1/subscriptions", Json(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.StartsWith("/ngsi-ld/v1/subscriptions/urn%3Angsi-ld%3ASubscription%3A", location);
        var own = JsonNode.Parse(await taxi.GetStringAsync(location))!;
        Assert.Equal("Subscription", own["type"]!.GetValue<string>());
        Assert.Equal("capacity>=300", own["q"]!.GetValue<string>());
        Assert.Single(JsonNode.Parse(await taxi.GetStringAsync("/ngsi-ld/v1/subscriptions"))!.AsArray());

        Assert.Equal(HttpStatusCode.NotFound, (await research.GetAsync(location)).StatusCode);
        Assert.Empty(JsonNode.Parse(await research.GetStringAsync("/ngsi-ld/v1/subscriptions"))!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await research.DeleteAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await taxi.DeleteAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await taxi.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task A_bad_subscription_body_is_400_bad_request_data_naming_the_member()
    {
        using var taxi = await ClientAsync(DemoAccounts.Taxi, CityScopes.NgsiSubscriptions);

        var noUri = await taxi.PostAsync("/ngsi-ld/v1/subscriptions", Json(SubscriptionBody("not a url")));
        var problem = JsonNode.Parse(await noUri.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, noUri.StatusCode);
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/BadRequestData", problem["type"]!.GetValue<string>());
        Assert.Equal("notification.endpoint.uri", problem["parameter"]!.GetValue<string>());

        var badQ = SubscriptionBody("https://partner.example/n");
        badQ["q"] = "capacity=>3";
        Assert.Equal("q", JsonNode.Parse(await (await taxi.PostAsync("/ngsi-ld/v1/subscriptions", Json(badQ))).Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());

        var notJson = await taxi.PostAsync("/ngsi-ld/v1/subscriptions", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/InvalidRequest", JsonNode.Parse(await notJson.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_made_through_the_api_notifies_the_partners_endpoint()
    {
        using var taxi = await ClientAsync(DemoAccounts.Taxi, CityScopes.NgsiSubscriptions);
        await using var listener = await NotificationListener.StartAsync();

        var created = await taxi.PostAsync("/sandbox/ngsi-ld/v1/subscriptions", Json(SubscriptionBody(listener.Url + "/ngsi")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var received = await Eventually.Until(async () => { await Task.Yield(); return listener.Accepted.FirstOrDefault(); }, TimeSpan.FromSeconds(15), "a notification");
        var notification = JsonNode.Parse(received.Body)!;
        Assert.Equal(Uri.UnescapeDataString(created.Headers.Location!.ToString().Split('/').Last()), notification["subscriptionId"]!.GetValue<string>());
        Assert.All(notification["data"]!.AsArray(), e => Assert.True(e!["capacity"]!["value"]!.GetValue<int>() >= 300));
    }

    [Fact]
    public async Task A_partner_is_refused_another_partners_webhooks_and_dead_letters_without_learning_whether_it_exists()
    {
        using var taxi = await ClientAsync(DemoAccounts.Taxi, CityScopes.Webhooks);
        using var clinic = await ClientAsync(DemoAccounts.Clinic, CityScopes.Webhooks);
        using var research = await ClientAsync(DemoAccounts.Research, CityScopes.NgsiSubscriptions);

        var created = await taxi.PostAsJsonAsync("/api/partners/v1/clients/demo-taxi/webhooks", new { url = "https://taxi.example/hook", events = new[] { "alert.raised" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hook = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.StartsWith("whsec_", hook["secret"]!.GetValue<string>());
        var id = hook["id"]!.GetValue<string>();
        var list = await taxi.GetStringAsync("/api/partners/v1/clients/demo-taxi/webhooks");
        Assert.Contains(id, list);
        Assert.DoesNotContain("whsec_", list);

        var refused = await clinic.GetAsync("/api/partners/v1/clients/demo-taxi/webhooks");
        var noSuchClient = await clinic.GetAsync("/api/partners/v1/clients/no-such-partner/webhooks");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noSuchClient.StatusCode);
        var refusedBody = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain("taxi.example", refusedBody);
        Assert.Equal(Detail(refusedBody), Detail(await noSuchClient.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.GetAsync($"/api/partners/v1/clients/demo-taxi/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinic.GetAsync($"/api/partners/v1/clients/demo-clinic/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinic.DeleteAsync($"/api/partners/v1/clients/demo-clinic/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.DeleteAsync($"/api/partners/v1/clients/demo-taxi/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.GetAsync("/api/partners/v1/clients/demo-taxi/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await research.GetAsync("/api/partners/v1/clients/demo-research/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync("/api/partners/v1/clients/demo-taxi/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await taxi.GetAsync($"/api/partners/v1/clients/demo-taxi/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_dead_letter_is_listed_for_its_partner_and_redelivered_once_the_endpoint_is_fixed()
    {
        using var taxi = await ClientAsync(DemoAccounts.Taxi, CityScopes.Webhooks);
        using var clinic = await ClientAsync(DemoAccounts.Clinic, CityScopes.Webhooks);
        await using var listener = await NotificationListener.StartAsync(failFirst: 1000);
        var created = await taxi.PostAsJsonAsync("/api/partners/v1/clients/demo-taxi/webhooks", new { url = listener.Url + "/hook", events = new[] { "shelter.occupancy" }, sandbox = true });
        var hook = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var secret = hook["secret"]!.GetValue<string>();
        Assert.Equal("sandbox", hook["space"]!.GetValue<string>());

        var letter = await Eventually.Until(async () =>
            JsonNode.Parse(await taxi.GetStringAsync("/api/partners/v1/clients/demo-taxi/dead-letters"))!.AsArray().FirstOrDefault(), TimeSpan.FromSeconds(20), "a dead letter");
        Assert.Equal(4, letter["attempts"]!.GetValue<int>());
        Assert.Equal(503, letter["lastStatus"]!.GetValue<int>());
        Assert.Empty(JsonNode.Parse(await clinic.GetStringAsync("/api/partners/v1/clients/demo-clinic/dead-letters"))!.AsArray());
        var letterId = letter["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await clinic.PostAsync($"/api/partners/v1/clients/demo-taxi/dead-letters/{letterId}/redeliver", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinic.PostAsync($"/api/partners/v1/clients/demo-clinic/dead-letters/{letterId}/redeliver", null)).StatusCode);

        listener.FailuresLeft = 0;
        var redelivered = await taxi.PostAsync($"/api/partners/v1/clients/demo-taxi/dead-letters/{letterId}/redeliver", null);

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var accepted = listener.Accepted.Single(r => r.Headers["CityOS-Delivery"] == letterId);
        Assert.Equal(letter["body"]!.GetValue<string>(), accepted.Body);
        Assert.True(WebhookSignature.Verify(secret, accepted.Headers[WebhookSignature.Header], accepted.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)));
        var remaining = JsonNode.Parse(await taxi.GetStringAsync("/api/partners/v1/clients/demo-taxi/dead-letters"))!.AsArray();
        Assert.DoesNotContain(remaining, d => d!["id"]!.GetValue<string>() == letterId);
    }

    [Fact]
    public async Task Each_client_has_its_own_rate_limit()
    {
        await using var gateway = Gateways.Standalone(output, new Dictionary<string, string?> { ["Gateway:RateLimits:ClientPermits"] = "2" });
        var http = gateway.CreateClient();
        using var taxi = gateway.CreateDefaultClient(new BearerTokenHandler(() => CityTokens.ClientCredentialsAsync(http, DemoAccounts.Taxi, CityScopes.Webhooks)));
        using var clinic = gateway.CreateDefaultClient(new BearerTokenHandler(() => CityTokens.ClientCredentialsAsync(http, DemoAccounts.Clinic, CityScopes.Webhooks)));

        Assert.Equal(HttpStatusCode.OK, (await taxi.GetAsync("/api/partners/v1/clients/demo-taxi/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await taxi.GetAsync("/api/partners/v1/clients/demo-taxi/webhooks")).StatusCode);
        var limited = await taxi.GetAsync("/api/partners/v1/clients/demo-taxi/webhooks");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await clinic.GetAsync("/api/partners/v1/clients/demo-clinic/webhooks")).StatusCode);
    }

    private async Task<HttpClient> ClientAsync((string ClientId, string Secret) client, string scope)
    {
        var token = await CityTokens.ClientCredentialsAsync(_anonymous, client, scope);
        return _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithToken(token);
    }

    private static JsonObject SubscriptionBody(string uri) => new()
    {
        ["type"] = "Subscription",
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "Shelter" }),
        ["q"] = "capacity>=300",
        ["notification"] = new JsonObject { ["endpoint"] = new JsonObject { ["uri"] = uri, ["accept"] = "application/json" } },
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static string? Detail(string problem) => JsonNode.Parse(problem)?["detail"]?.GetValue<string>();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Contracts.Consent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Consent.Tests;

public sealed class ConsentApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ServiceFactory<ConsentEntryPoint> _service = null!;
    private ConsentApiClient _api = null!;
    private HttpClient _analyst = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceFactory<ConsentEntryPoint>(new Dictionary<string, string?>(SharedGateway.AuthoritySettings) { ["Bus:Transport"] = "InMemory" }, output);
        _api = new ConsentApiClient(SignedIn(DemoAccounts.Counter), SignedIn(DemoAccounts.Staff), SignedIn(DemoAccounts.SecondCounter));
        _analyst = SignedIn(DemoAccounts.Analyst);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _api.Http.Dispose();
        _api.Desk.Dispose();
        _api.Colleague.Dispose();
        _analyst.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Resident_grants_a_link_happens_is_tracked_then_withdrawal_stops_the_next_one()
    {
        var residentId = await _api.EnrolAsync("原田 ハナ");
        var disaster = await _api.PseudonymAsync("原田 ハナ", "disaster");
        var consent = await _api.GrantAsync(residentId, "evacuation-ride", new { method = "Proxy", proxy = new { name = "原田 太郎", relationship = "Family" } });

        var allowed = await _api.LinkAsync("disaster", disaster, "mobility", "evacuation-ride", "mobility-needs.wheelchair");
        Assert.True(allowed["allowed"]!.GetValue<bool>());
        var mobility = allowed["targetPseudonym"]!.GetValue<string>();
        Assert.NotEqual(disaster, mobility);
        Assert.Equal(mobility, await _api.PseudonymAsync("原田 ハナ", "mobility"));

        var tracker = await _api.TrackerAsync(residentId);
        Assert.Contains(tracker, e => e!["kind"]!.GetValue<string>() == "consent-given");
        var disclosure = Assert.Single(tracker, e => e!["kind"]!.GetValue<string>() == "disclosure")!;
        Assert.Equal("mobility", disclosure["recipient"]!.GetValue<string>());
        Assert.Contains("移動", disclosure["purposeJa"]!.GetValue<string>());

        var stale = await _api.WithdrawAsync(residentId, consent["id"]!.GetValue<string>(), expectedVersion: 7);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        var withdrawn = await _api.WithdrawAsync(residentId, consent["id"]!.GetValue<string>(), expectedVersion: 1);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var denied = await _api.LinkAsync("disaster", disaster, "mobility", "evacuation-ride", "mobility-needs.wheelchair");
        Assert.False(denied["allowed"]!.GetValue<bool>());
        Assert.Equal("consent-withdrawn", denied["denyReason"]!.GetValue<string>());
        Assert.Null(denied["targetPseudonym"]?.GetValue<string>());
        Assert.Contains(await _api.TrackerAsync(residentId), e => e!["kind"]!.GetValue<string>() == "consent-withdrawn");
    }

    [Fact]
    public async Task A_clerk_cannot_record_themselves_as_a_proxy_and_so_cannot_act_until_a_colleague_does()
    {
        var residentId = (await (await _api.Http.PostAsJsonAsync("/api/consent/v1/residents",
            new { name = "木村 トメ", birthDate = "1938-03-03", address = "山口市阿東1", district = "ato", enrolledVia = "counter", staffId = "staff-7" }))
            .Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
        var self = new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" };

        var refused = await _api.Http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", self);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("別の職員", await Words(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Http.GetAsync($"/api/consent/v1/residents/{residentId}/consents")).StatusCode);

        var recorded = await _api.Colleague.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", self);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("staff:" + DemoAccounts.SecondCounter.UserName, (await recorded.Content.ReadFromJsonAsync<JsonObject>())!["recordedBy"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync($"/api/consent/v1/residents/{residentId}/consents")).StatusCode);
    }

    [Fact]
    public async Task Enrolling_the_same_person_twice_finds_them()
    {
        var first = await _api.EnrolAsync("藤井 一郎", birthDate: "1954-02-03");
        var again = await _api.Http.PostAsJsonAsync("/api/consent/v1/residents", new { name = "藤井　一郎", birthDate = "1954-02-03", address = "山口市小郡1", district = "ogori", enrolledVia = "app" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first, (await again.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_enrolment_gets_400_with_each_field_named()
    {
        var response = await _api.Http.PostAsJsonAsync("/api/consent/v1/residents", new { name = "", birthDate = "2999-01-01", enrolledVia = "counter" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name") && errors.ContainsKey("birthDate") && errors.ContainsKey("address") && errors.ContainsKey("district") && errors.ContainsKey("staffId"));
    }

    [Fact]
    public async Task Body_that_is_not_json_gets_400()
    {
        var response = await _api.Desk.PostAsync("/api/consent/v1/links", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Link_request_with_missing_fields_gets_400()
    {
        var response = await _api.Desk.PostAsJsonAsync("/api/consent/v1/links", new { requestId = Guid.NewGuid(), requesterDomain = "disaster" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"purposeId\":\"no-such\",\"method\":\"App\"}", "purposeId")]
    [InlineData("{\"purposeId\":\"evacuation-ride\",\"method\":\"App\",\"categories\":[\"childcare.facility\"]}", "categories")]
    [InlineData("{\"purposeId\":\"evacuation-ride\",\"method\":\"Proxy\"}", "proxy")]
    [InlineData("{\"purposeId\":\"evacuation-ride\",\"method\":\"CounterWithStaff\"}", "staffId")]
    [InlineData("{\"purposeId\":\"evacuation-ride\",\"method\":\"App\",\"validDays\":9999}", "validDays")]
    public async Task Impossible_grant_is_refused_with_the_field_and_nothing_is_stored(string json, string field)
    {
        var residentId = await _api.EnrolAsync("山本 さくら", birthDate: "1989-05-05");
        var notice = (await _api.Http.GetFromJsonAsync<JsonObject>("/api/consent/v1/purposes"))!["version"]!.GetValue<string>();
        var body = JsonNode.Parse(json)!.AsObject();
        body["noticeVersion"] = notice;
        var response = await _api.Http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey(field));
        Assert.Empty((await _api.Http.GetFromJsonAsync<JsonArray>($"/api/consent/v1/residents/{residentId}/consents"))!);
    }

    [Fact]
    public async Task Unknown_residents_get_the_same_403_as_residents_one_may_not_act_for_and_unknown_consents_404()
    {
        var stranger = await _api.EnrolAsync("他人 さん", birthDate: "1960-06-06");
        var unrelated = _api.Desk;
        var unknown = await _api.Http.GetAsync("/api/consent/v1/residents/nobody/consents");
        var notMine = await unrelated.GetAsync($"/api/consent/v1/residents/{stranger}/consents");
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        Assert.Equal(await Words(unknown), await Words(notMine));
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Http.GetAsync("/api/consent/v1/residents/nobody/ledger")).StatusCode);
        var residentId = await _api.EnrolAsync("田中 次郎", birthDate: "1974-01-01");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.WithdrawAsync(residentId, "no-such-consent", 1)).StatusCode);
    }

    [Fact]
    public async Task Declared_disaster_opens_break_glass_which_is_flagged_for_the_resident_and_the_office()
    {
        var residentId = await _api.EnrolAsync("原田 ハナ", district: "sayama", birthDate: "1944-03-03");
        var disaster = await _api.PseudonymAsync("原田 ハナ", "disaster", district: "sayama", birthDate: "1944-03-03");
        var before = await _api.LinkAsync("disaster", disaster, "mobility", "evacuation-ride", "mobility-needs.wheelchair");
        Assert.Equal("no-consent", before["denyReason"]!.GetValue<string>());

        var bus = _service.Services.GetRequiredService<IBus>();
        await bus.Publish(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(),
            Districts = ["sayama"],
            Categories = ["mobility-needs.wheelchair", "mobility-needs.pickup-place"],
            From = DateTimeOffset.UtcNow.AddMinutes(-1),
            Until = DateTimeOffset.UtcNow.AddHours(3),
            Reason = "level 4 test",
        });
        await Eventually.True(async () => (await _analyst.GetFromJsonAsync<JsonArray>("/api/consent/v1/break-glass"))!.Count > 0, TimeSpan.FromSeconds(10), "the window to open");

        var during = await _api.LinkAsync("disaster", disaster, "mobility", "evacuation-ride", "mobility-needs.wheelchair");
        Assert.True(during["allowed"]!.GetValue<bool>());
        Assert.Equal("break-glass", during["basis"]!.GetValue<string>());

        var entry = Assert.Single(await _api.TrackerAsync(residentId), e => e!["breakGlass"]!.GetValue<bool>())!;
        Assert.StartsWith("break-glass:", entry["basis"]!.GetValue<string>());
        var office = (await _analyst.GetFromJsonAsync<JsonArray>("/api/consent/v1/ledger/break-glass"))!;
        Assert.Contains(office, e => e!["sequence"]!.GetValue<long>() == entry["sequence"]!.GetValue<long>());
        Assert.True((await _analyst.GetFromJsonAsync<JsonObject>("/api/consent/v1/ledger/verify"))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Link_over_the_bus_answers_with_request_response()
    {
        var residentId = await _api.EnrolAsync("福田 翔", birthDate: "2006-06-06", district: "yoshida");
        var disaster = await _api.PseudonymAsync("福田 翔", "disaster", district: "yoshida", birthDate: "2006-06-06");
        await _api.GrantAsync(residentId, "evacuation-ride");

        using var scope = _service.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<RequestLink>>();
        var response = await client.GetResponse<LinkDecided>(new RequestLink
        {
            RequestId = Guid.NewGuid(),
            RequesterDomain = "disaster",
            RequesterPseudonym = disaster,
            TargetDomain = "mobility",
            Categories = ["mobility-needs.cannot-walk-500m"],
            PurposeId = "evacuation-ride",
        });
        Assert.True(response.Message.Allowed);
        Assert.Equal(["mobility-needs.cannot-walk-500m"], response.Message.AllowedCategories);
    }

    [Fact]
    public async Task Opt_in_statistics_suppress_cells_under_ten_people()
    {
        for (var i = 0; i < 25; i++)
        {
            var id = await _api.EnrolAsync($"住民 {i}", district: "ouchi", birthDate: $"1950-01-{i + 1:00}");
            if (i < 12)
            {
                await _api.GrantAsync(id, "registry-to-supporters");
            }
        }

        for (var i = 0; i < 3; i++)
        {
            var id = await _api.EnrolAsync($"住民 阿東 {i}", district: "ato", birthDate: $"1940-02-{i + 1:00}");
            await _api.GrantAsync(id, "registry-to-supporters");
        }

        var cells = (await _analyst.GetFromJsonAsync<JsonArray>("/api/consent/v1/statistics/opt-in"))!;
        var ouchi = cells.Single(c => c!["purposeId"]!.GetValue<string>() == "registry-to-supporters" && c["district"]!.GetValue<string>() == "ouchi")!;
        Assert.False(ouchi["suppressed"]!.GetValue<bool>());
        Assert.Equal(12, ouchi["consented"]!.GetValue<int>());
        Assert.Equal(0.48, ouchi["rate"]!.GetValue<double>());
        var ato = cells.Single(c => c!["purposeId"]!.GetValue<string>() == "registry-to-supporters" && c["district"]!.GetValue<string>() == "ato")!;
        Assert.True(ato["suppressed"]!.GetValue<bool>());
        Assert.Null(ato["consented"]);
        Assert.Null(ato["rate"]);
    }

    private HttpClient SignedIn((string UserName, string Password) account) =>
        _service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.StaffTokenAsync(account)));

    private static async Task<string> Words(HttpResponseMessage response)
    {
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return $"{body["status"]}|{body["title"]}|{body["detail"]}";
    }
}

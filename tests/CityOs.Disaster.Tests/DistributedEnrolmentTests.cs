using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CityOs.Consent;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Tests.Support;
using CityOs.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Disaster.Tests;

/// <summary>
/// Disaster and Consent as separate services (the distributed topology): Disaster enrols a registry resident over
/// HTTP (<see cref="HttpResidentEnrolment"/>) with the token of the staff member who asked, and holds no secret of its own.
/// </summary>
public sealed class DistributedEnrolmentTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LiveHost<ConsentEntryPoint> _consent = null!;
    private StandaloneDisaster _disaster = null!;

    public Task InitializeAsync()
    {
        _consent = new LiveHost<ConsentEntryPoint>(new Dictionary<string, string?>(SharedGateway.AuthoritySettings) { ["Bus:Transport"] = "InMemory" }, output);
        _disaster = new StandaloneDisaster(new Dictionary<string, string?> { ["Disaster:ConsentUrl"] = _consent.BaseAddress.ToString() }, output);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _disaster.DisposeAsync();
        await _consent.DisposeAsync();
    }

    [Fact]
    public async Task Staff_enrol_and_import_through_Consent_with_their_own_token()
    {
        using (var scope = _disaster.Service.Services.CreateScope())
        {
            Assert.IsType<HttpResidentEnrolment>(scope.ServiceProvider.GetRequiredService<IResidentEnrolment>());
        }

        using var staff = _disaster.SignedIn(DemoAccounts.Staff);
        var person = new { name = "原田 ハナ", birthDate = "1945-04-01", address = "山口市阿東1", district = "ato", needs = new[] { "wheelchair" }, careLevel = "care-3", staffId = "staff01" };

        using var created = await staff.PostAsJsonAsync("/api/disaster/v1/registry", person);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var pseudonym = (await created.Content.ReadFromJsonAsync<JsonObject>())!["pseudonym"]!.GetValue<string>();
        using var imported = await staff.PostAsync("/api/disaster/v1/registry/import?staffId=staff01", new StringContent(
            "name,birth_date,address,phone,district,needs,care_level\n藤井 タケシ,1944-11-20,山口市阿東2,,ato,hearing,none\n", Encoding.UTF8, "text/csv"));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonObject>())!["imported"]!.GetValue<int>());

        // Consent really holds her: asked directly for Disaster's pseudonym, it finds the same person.
        using var atConsent = ConsentClient();
        using var again = await atConsent.PostAsJsonAsync("/api/consent/v1/residents", new
        {
            person.name, person.birthDate, person.address, person.district, enrolledVia = "counter", staffId = "staff01", forDomain = "disaster",
        });
        var known = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((pseudonym, true), (known["pseudonym"]!.GetValue<string>(), known["alreadyEnrolled"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_refused_caller_reaches_neither_service_and_the_refusal_is_the_same_for_a_known_and_an_unknown_pseudonym()
    {
        using var staff = _disaster.SignedIn(DemoAccounts.Staff);
        using var analyst = _disaster.SignedIn(DemoAccounts.Analyst);
        using var created = await staff.PostAsJsonAsync("/api/disaster/v1/registry", new
        {
            name = "吉村 シゲル", birthDate = "1936-08-08", address = "山口市小郡1", district = "ogori", needs = new[] { "bedridden" }, careLevel = "care-5", staffId = "staff01",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var pseudonym = (await created.Content.ReadFromJsonAsync<JsonObject>())!["pseudonym"]!.GetValue<string>();

        using var known = await analyst.GetAsync($"/api/disaster/v1/plans/{pseudonym}");
        using var unknown = await analyst.GetAsync("/api/disaster/v1/plans/no-such-pseudonym");
        Assert.Equal(await WordsAsync(known), await WordsAsync(unknown));
        await RefusalAssert.ForbiddenAsync(known);
        await RefusalAssert.ForbiddenAsync(unknown);

        using var anonymous = _disaster.Anonymous();
        await RefusalAssert.UnauthorizedAsync(await anonymous.PostAsJsonAsync("/api/disaster/v1/registry", new
        {
            name = "末永 フミ", birthDate = "1939-05-05", address = "山口市小郡2", district = "ogori", needs = new[] { "dementia" }, careLevel = "care-2", staffId = "staff01",
        }));
        Assert.Equal(1, _disaster.Service.Services.GetRequiredService<RegistryStore>().Count);
        using var atConsent = ConsentClient();
        using var first = await atConsent.PostAsJsonAsync("/api/consent/v1/residents", new
        {
            name = "末永 フミ", birthDate = "1939-05-05", address = "山口市小郡2", district = "ogori", enrolledVia = "counter", staffId = "staff01", forDomain = "disaster",
        });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
    }

    private HttpClient ConsentClient() =>
        new(new BearerTokenHandler(() => SharedGateway.StaffTokenAsync(DemoAccounts.Staff)) { InnerHandler = new HttpClientHandler() }) { BaseAddress = _consent.BaseAddress };

    private static async Task<string> WordsAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return $"{problem["status"]}|{problem["title"]}|{problem["detail"]}";
    }
}

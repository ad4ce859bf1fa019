using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CityOs.Disaster.Tests.Support;
using CityOs.Testing.Identity;

namespace CityOs.Disaster.Tests;

/// <summary>
/// Every Disaster endpoint that changes state or names a resident needs the disaster desk (role staff); aggregate
/// counts need staff or the office; open data needs nothing. Refusals are RFC 9457 problems with fixed words.
/// </summary>
public sealed class AuthorizationTests(AuthorizationTests.Fixture city) : IClassFixture<AuthorizationTests.Fixture>
{
    private const string Api = "/api/disaster/v1";

    public sealed class Fixture : IAsyncLifetime
    {
        public StandaloneDisaster Disaster { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Disaster.DisposeAsync();
    }

    /// <summary>The disaster desk's endpoints: personal data by pseudonym, or state changes.</summary>
    public static TheoryData<string, string> StaffOnly => new()
    {
        { "POST", "/shelters/odono-cc/open" },
        { "POST", "/shelters/odono-cc/close" },
        { "POST", "/registry" },
        { "POST", "/registry/import?staffId=s-1" },
        { "POST", "/declarations" },
        { "POST", "/declarations/6f9a1c2e-0b7d-4e3a-9c51-2d8e4f7a1b30/end" },
        { "GET", "/plans/p-123" },
        { "PUT", "/plans/p-123" },
        { "POST", "/plans/p-123/propose" },
        { "POST", "/plans/p-123/confirm" },
        { "POST", "/safety/p-123" },
        { "GET", "/guidance/unassisted" },
        { "GET", "/guidance/p-123" },
        { "GET", "/supporters/sup-1/assignments" },
    };

    /// <summary>Counts per district: the desk and the smart-city office.</summary>
    public static TheoryData<string> Aggregates => new() { "/registry/summary", "/safety/summary", "/guidance/summary" };

    public static TheoryData<string> OpenData => new()
    {
        "/alerts", "/alerts.cap", "/districts", "/river-levels", "/shelters", "/shelters/odono-cc", "/declarations",
    };

    [Theory]
    [MemberData(nameof(StaffOnly))]
    public async Task Desk_endpoints_answer_401_without_a_token_and_403_to_an_office_analyst_a_counter_clerk_or_a_partner(string method, string path)
    {
        using var anonymous = city.Disaster.Anonymous();
        using var analyst = city.Disaster.SignedIn(DemoAccounts.Analyst);
        using var counter = city.Disaster.SignedIn(DemoAccounts.Counter);
        using var partner = city.Disaster.Partner(DemoAccounts.Research, "disaster.read");

        await RefusalAssert.UnauthorizedAsync(await SendAsync(anonymous, method, path));
        await RefusalAssert.ForbiddenAsync(await SendAsync(analyst, method, path));
        await RefusalAssert.ForbiddenAsync(await SendAsync(counter, method, path));
        await RefusalAssert.ForbiddenAsync(await SendAsync(partner, method, path));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public async Task Aggregate_counts_answer_401_without_a_token_403_to_a_counter_clerk_and_200_to_the_desk_an_analyst_and_the_office(string path)
    {
        using var anonymous = city.Disaster.Anonymous();
        using var counter = city.Disaster.SignedIn(DemoAccounts.Counter);

        await RefusalAssert.UnauthorizedAsync(await SendAsync(anonymous, "GET", path));
        await RefusalAssert.ForbiddenAsync(await SendAsync(counter, "GET", path));
        foreach (var account in new[] { DemoAccounts.Staff, DemoAccounts.Analyst, DemoAccounts.Office })
        {
            using var allowed = city.Disaster.SignedIn(account);
            using var response = await SendAsync(allowed, "GET", path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{account.UserName}: GET {path} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(OpenData))]
    public async Task Open_data_needs_no_token(string path)
    {
        using var anonymous = city.Disaster.Anonymous();
        using var response = await SendAsync(anonymous, "GET", path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_desk_passes_the_guard_and_meets_the_endpoint_itself()
    {
        using var staff = city.Disaster.SignedIn(DemoAccounts.Staff);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(staff, "GET", "/guidance/unassisted")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(staff, "GET", "/plans/p-123")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(staff, "POST", "/shelters/no-such-shelter/open")).StatusCode);
        var bad = await SendAsync(staff, "POST", "/declarations");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!["districts"]);
    }

    [Fact]
    public async Task Office_figures_keep_their_analyst_guard()
    {
        using var anonymous = city.Disaster.Anonymous();
        using var staff = city.Disaster.SignedIn(DemoAccounts.Staff);
        using var analyst = city.Disaster.SignedIn(DemoAccounts.Analyst);

        await RefusalAssert.UnauthorizedAsync(await SendAsync(anonymous, "GET", "/office/figures"));
        await RefusalAssert.ForbiddenAsync(await SendAsync(staff, "GET", "/office/figures"));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(analyst, "GET", "/office/figures")).StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Api + path);
        if (method is "POST" or "PUT")
        {
            request.Content = path.Contains("/import", StringComparison.Ordinal)
                ? new StringContent("name,birth_date,address,phone,district,needs,care_level\n", Encoding.UTF8, "text/csv")
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }
}

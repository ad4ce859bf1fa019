using System.Net;
using CityOs.Host;
using CityOs.Mobility;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityOs.Gateway.Tests;

/// <summary>Services accept the Gateway's tokens in both topologies, and refuse with RFC 9457 problems.</summary>
public sealed class ServiceTokenValidationTests(ITestOutputHelper output)
{
    private const string StaffOnly = "/api/mobility/v1/kpis";

    [Fact]
    public async Task A_service_in_its_own_process_discovers_the_gateway_keys_and_applies_roles()
    {
        await using var mobility = new ServiceFactory<MobilityEntryPoint>(new Dictionary<string, string?>(SharedGateway.AuthoritySettings)
        {
            ["Bus:Transport"] = "InMemory",
        }, output);
        using var http = mobility.CreateClient();

        using var anonymous = await GetAsync(http, StaffOnly, null);
        using var partner = await GetAsync(http, StaffOnly, await SharedGateway.PartnerTokenAsync(DemoAccounts.Taxi, CityScopes.MobilityRides));
        using var staff = await GetAsync(http, StaffOnly, await SharedGateway.StaffTokenAsync(DemoAccounts.Staff));
        using var forged = await GetAsync(http, StaffOnly, Tamper(await SharedGateway.StaffTokenAsync(DemoAccounts.Staff)));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
        Assert.Equal("application/problem+json", partner.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task The_all_in_one_host_validates_its_own_tokens_locally()
    {
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Identity:AppOrigins:0"] = "http://localhost",
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, output);
        using var http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var staffToken = await CityTokens.StaffAsync(http, DemoAccounts.Staff);
        var analystToken = await CityTokens.StaffAsync(http, DemoAccounts.Analyst);

        using var staff = await GetAsync(http, StaffOnly, staffToken);
        using var analyst = await GetAsync(http, StaffOnly, analystToken);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analyst.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    // Change one character of the signature: the token must no longer validate.
    private static string Tamper(string token) => token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
}

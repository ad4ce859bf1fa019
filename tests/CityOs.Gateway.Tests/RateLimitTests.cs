using System.Net;
using System.Text.Json.Nodes;
using CityOs.Gateway.Tests.Support;

namespace CityOs.Gateway.Tests;

public sealed class RateLimitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Anonymous_callers_over_the_limit_get_429_problem_with_retry_after()
    {
        await using var gateway = Gateways.Standalone(output, new Dictionary<string, string?>
        {
            ["Gateway:RateLimits:AnonymousPermits"] = "3",
            ["Gateway:RateLimits:Window"] = "00:01:00",
        });
        using var http = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/sandbox/ngsi-ld/v1/entities?type=Shelter")).StatusCode);
        }

        var refused = await http.GetAsync("/sandbox/ngsi-ld/v1/entities?type=Shelter");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds is >= 1 and <= 60, $"Retry-After {seconds}");
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());

        // Health probes are not partner traffic and stay outside the limit.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
    }
}

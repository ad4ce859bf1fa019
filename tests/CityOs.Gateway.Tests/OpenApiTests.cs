using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityOs.Gateway.Tests.Support;

namespace CityOs.Gateway.Tests;

public sealed partial class OpenApiTests(ITestOutputHelper output)
{
    [Fact]
    public async Task All_in_one_host_documents_the_domain_apis_the_partner_api_and_its_security()
    {
        await using var host = Gateways.AllInOne(output);
        using var http = host.CreateClient();

        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/disaster/v1/shelters", paths);
        Assert.Contains("/api/mobility/v1/gbfs/station_status.json", paths);
        Assert.Contains("/api/childcare/v1/vacancies", paths);
        Assert.Contains("/ngsi-ld/v1/entities", paths);
        Assert.Contains("/ngsi-ld/v1/subscriptions", paths);
        Assert.Contains("/sandbox/ngsi-ld/v1/entities/{id}", paths);
        Assert.Contains("/api/partners/v1/clients/{clientId}/webhooks", paths);
        Assert.Contains("/api/partners/v1/clients/{clientId}/dead-letters/{id}/redeliver", paths);

        var oauth = document["components"]!["securitySchemes"]!["oauth2"]!;
        Assert.Equal("oauth2", oauth["type"]!.GetValue<string>());
        Assert.Equal("/connect/token", oauth["flows"]!["clientCredentials"]!["tokenUrl"]!.GetValue<string>());
        Assert.NotNull(oauth["flows"]!["clientCredentials"]!["scopes"]!["webhooks"]);

        var listWebhooks = document["paths"]!["/api/partners/v1/clients/{clientId}/webhooks"]!["get"]!;
        Assert.Equal("webhooks", listWebhooks["security"]![0]!["oauth2"]![0]!.GetValue<string>());
        Assert.Null(document["paths"]!["/ngsi-ld/v1/entities"]!["get"]!["security"]);
    }

    [Fact]
    public async Task Gateway_alone_serves_its_document_and_a_scalar_page_without_any_cdn()
    {
        await using var gateway = Gateways.Standalone(output);
        using var http = gateway.CreateClient();

        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        Assert.NotNull(document["paths"]!["/ngsi-ld/v1/entities/{id}"]);

        var page = await http.GetAsync("/scalar");
        if (page.StatusCode is HttpStatusCode.Moved or HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            page = await http.GetAsync(page.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.False(src.StartsWith("http", StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal), $"external script {src}"));
        foreach (var src in scripts)
        {
            var script = await http.GetAsync(new Uri(new Uri(http.BaseAddress!, "/scalar/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}

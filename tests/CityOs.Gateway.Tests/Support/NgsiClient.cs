using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CityOs.Gateway.Tests.Support;

public static class NgsiClient
{
    public static async Task<JsonArray> EntitiesAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsArray();
    }

    public static async Task<JsonObject> ProblemAsync(HttpClient http, string url, int status, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{url}: expected {status}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static double Value(JsonNode entity, string attribute) => entity[attribute]!["value"]!.GetValue<double>();

    public static string Id(JsonNode entity) => entity["id"]!.GetValue<string>();
}

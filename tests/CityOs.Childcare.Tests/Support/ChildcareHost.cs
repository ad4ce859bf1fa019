using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Childcare.Tests.Support;

/// <summary>The Childcare service alone on the in-memory bus, with real staff tokens from the shared Gateway.</summary>
public sealed class ChildcareHost : IAsyncDisposable
{
    private readonly ServiceFactory<ChildcareEntryPoint> _service;

    public ChildcareHost(ITestOutputHelper output)
    {
        _service = new ServiceFactory<ChildcareEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            // Tests publish one heartbeat and expect the cache to vouch for its entries for the whole test.
            ["ConsentClient:StalenessBound"] = "00:05:00",
            ["ConsentClient:RequestTimeout"] = "00:00:01",
        }.Concat(SharedGateway.AuthoritySettings).ToDictionary(), output);
        Http = _service.CreateClient();
        Staff = _service.CreateDefaultClient(new BearerTokenHandler(() => SharedGateway.StaffTokenAsync(DemoAccounts.Staff)));
    }

    public HttpClient Http { get; }

    public HttpClient Staff { get; }

    public IReadOnlyCollection<string> LogLines => _service.LogLines;

    public Task PublishAsync<T>(T message) where T : class => _service.Services.GetRequiredService<IBus>().Publish(message);

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static async Task<JsonNode> PostJson(HttpClient http, string path, object body, System.Net.HttpStatusCode expected)
    {
        var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: expected {expected}, got {response.StatusCode}: {text}");
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Staff.Dispose();
        await _service.DisposeAsync();
    }
}

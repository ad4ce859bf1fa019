using CityOs.Gateway.Tests.Support;
using CityOs.Gateway.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Gateway.Tests;

/// <summary>The sender's retries with backoff, against a real local endpoint that fails a given number of times.</summary>
public sealed class DeliveryRetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_failing_endpoint_is_retried_with_growing_delays_until_it_accepts()
    {
        await using var gateway = Gateways.Standalone(output, new Dictionary<string, string?> { ["Gateway:Notifications:FirstRetryDelay"] = "00:00:00.100", ["Gateway:Notifications:RetryJitter"] = "false" });
        await using var listener = await NotificationListener.StartAsync(failFirst: 2);
        var sender = gateway.Services.GetRequiredService<DeliverySender>();

        var outcome = await sender.SendAsync(Delivery(listener.Url, "whsec_test"), CancellationToken.None);

        Assert.True(outcome.Delivered);
        Assert.Equal(3, outcome.Attempts);
        var requests = listener.Requests.ToList();
        Assert.Equal([503, 503, 204], requests.Select(r => r.Status));
        Assert.All(requests, r => Assert.True(WebhookSignature.Verify("whsec_test", r.Headers[WebhookSignature.Header], r.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1))));
        Assert.All(requests, r => Assert.Equal("d-1", r.Headers["CityOS-Delivery"]));

        // Exponential backoff from 100 ms, jitter off (with Polly's decorrelated jitter a later wait can be shorter).
        var firstWait = requests[1].At - requests[0].At;
        var secondWait = requests[2].At - requests[1].At;
        Assert.True(firstWait >= TimeSpan.FromMilliseconds(90), $"first wait {firstWait.TotalMilliseconds} ms");
        Assert.True(secondWait >= TimeSpan.FromMilliseconds(180), $"second wait {secondWait.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_endpoint_that_never_accepts_gets_one_try_plus_max_retries_then_gives_up()
    {
        await using var gateway = Gateways.Standalone(output);
        await using var listener = await NotificationListener.StartAsync(failFirst: 1000);
        var sender = gateway.Services.GetRequiredService<DeliverySender>();

        var outcome = await sender.SendAsync(Delivery(listener.Url, null), CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.Equal(4, outcome.Attempts);
        Assert.Equal(503, outcome.LastStatus);
        Assert.Equal(4, listener.Requests.Count);
        Assert.All(listener.Requests, r => Assert.False(r.Headers.ContainsKey(WebhookSignature.Header)));
    }

    [Fact]
    public async Task A_refused_connection_counts_as_a_failed_attempt()
    {
        await using var gateway = Gateways.Standalone(output);
        var sender = gateway.Services.GetRequiredService<DeliverySender>();

        var outcome = await sender.SendAsync(Delivery($"http://127.0.0.1:{TestEnvironment.FreeTcpPort()}/hook", null), CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.Equal(4, outcome.Attempts);
        Assert.Null(outcome.LastStatus);
        Assert.Equal("ConnectionError", outcome.LastError);
    }

    private static Delivery Delivery(string url, string? secret) => new()
    {
        Id = "d-1",
        ClientId = "partner-test",
        Kind = secret is null ? Webhooks.Delivery.SubscriptionKind : Webhooks.Delivery.WebhookKind,
        TargetId = "t-1",
        Url = url.TrimEnd('/') + "/hook",
        Event = "shelter.occupancy",
        Body = """{"id":"d-1","data":[]}""",
        ContentType = "application/json",
        Secret = secret,
    };
}

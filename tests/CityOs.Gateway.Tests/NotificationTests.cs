using System.Text.Json.Nodes;
using CityOs.Contracts.Sensors;
using CityOs.Gateway.Ngsi.Sources;
using CityOs.Gateway.Ngsi.Subscriptions;
using CityOs.Gateway.Tests.Support;
using CityOs.Gateway.Webhooks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Gateway.Tests;

/// <summary>From a change in the data to a partner's endpoint: the watcher, the filters, the delivery, the dead letters.</summary>
public sealed class NotificationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sandbox_changes_reach_a_subscription_endpoint_filtered_by_q()
    {
        await using var gateway = Gateways.Standalone(output);
        await using var listener = await NotificationListener.StartAsync();
        var store = gateway.Services.GetRequiredService<SubscriptionStore>();
        await store.CreateAsync(Subscription("partner-q", EntitySpace.Sandbox, listener.Url + "/notify", q: "capacity>=300"), CancellationToken.None);

        var received = await Eventually.Until(async () => { await Task.Yield(); return listener.Accepted.FirstOrDefault(); }, TimeSpan.FromSeconds(15), "a notification");

        var body = JsonNode.Parse(received.Body)!;
        Assert.Equal("Notification", body["type"]!.GetValue<string>());
        Assert.Equal("urn:ngsi-ld:Subscription:partner-q", body["subscriptionId"]!.GetValue<string>());
        var data = body["data"]!.AsArray();
        Assert.NotEmpty(data);
        Assert.All(data, e => Assert.True(e!["capacity"]!["value"]!.GetValue<int>() >= 300));
        Assert.All(data, e => Assert.Equal("Shelter", e!["type"]!.GetValue<string>()));
        Assert.Equal("application/json", received.ContentType?.Split(';')[0]);
        Assert.Contains("jsonldContexts/cityos.jsonld", received.Headers["Link"]);
    }

    [Fact]
    public async Task A_webhook_whose_endpoint_keeps_failing_is_retried_then_dead_lettered_for_its_partner_only()
    {
        await using var gateway = Gateways.Standalone(output);
        await using var listener = await NotificationListener.StartAsync(failFirst: 1000);
        var webhooks = gateway.Services.GetRequiredService<WebhookStore>();
        var deadLetters = gateway.Services.GetRequiredService<DeadLetterStore>();
        var webhook = await webhooks.CreateAsync(new Webhook
        {
            Id = "hook-1",
            ClientId = "partner-dl",
            Space = EntitySpace.Sandbox,
            Url = listener.Url + "/hook",
            Events = [WebhookEvents.CycleStation],
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);

        var letter = await Eventually.Until(async () => (await deadLetters.ListAsync("partner-dl", CancellationToken.None)).FirstOrDefault(), TimeSpan.FromSeconds(20), "a dead letter");

        Assert.Equal(4, letter.Attempts);
        Assert.Equal(503, letter.LastStatus);
        Assert.Equal(WebhookEvents.CycleStation, letter.Event);
        Assert.Equal("hook-1", letter.TargetId);
        var attempts = listener.Requests.Where(r => r.Headers["CityOS-Delivery"] == letter.Id).ToList();
        Assert.Equal(4, attempts.Count);
        Assert.All(attempts, r => Assert.True(WebhookSignature.Verify(webhook.Secret, r.Headers[WebhookSignature.Header], r.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1))));
        Assert.Equal(letter.Body, attempts[0].Body);
        Assert.Empty(await deadLetters.ListAsync("partner-other", CancellationToken.None));
    }

    [Fact]
    public async Task A_shelter_counter_reading_in_the_city_notifies_a_subscription_on_that_shelter()
    {
        await using var host = Gateways.AllInOne(output);
        await using var listener = await NotificationListener.StartAsync();
        using var http = host.CreateClient();
        await NgsiClient.EntitiesAsync(http, "/ngsi-ld/v1/entities?type=Shelter&limit=1");
        await host.Services.GetRequiredService<SubscriptionStore>().CreateAsync(
            Subscription("partner-city", EntitySpace.City, listener.Url + "/city", ids: ["urn:ngsi-ld:Shelter:odono-cc"], watched: ["occupancy"], accept: "application/ld+json"), CancellationToken.None);
        var bus = host.Services.GetRequiredService<IBus>();

        // Readings keep coming (as counters do) until the watcher, which takes a baseline first, reports one of them.
        var sent = 0;
        var received = await Eventually.Until(async () =>
        {
            sent++;
            await bus.Publish(new ShelterOccupancyObserved
            {
                ReadingId = $"test-counter-{sent}",
                ShelterId = "odono-cc",
                DeviceId = "test-counter",
                District = "odono",
                PeoplePresent = 100 + sent,
                ObservedAt = DateTimeOffset.UtcNow,
            });
            await Task.Delay(300);
            return listener.Accepted.FirstOrDefault();
        }, TimeSpan.FromSeconds(30), "a notification for odono-cc");

        Assert.Equal("application/ld+json", received.ContentType?.Split(';')[0]);
        var entity = JsonNode.Parse(received.Body)!["data"]!.AsArray().Single()!;
        Assert.Equal("urn:ngsi-ld:Shelter:odono-cc", entity["id"]!.GetValue<string>());
        Assert.InRange(entity["occupancy"]!["value"]!.GetValue<int>(), 101, 100 + sent);
        Assert.EndsWith("/ngsi-ld/v1/jsonldContexts/cityos.jsonld", entity["@context"]!.GetValue<string>());
    }

    private static NgsiSubscription Subscription(string name, string space, string uri, string? q = null, IReadOnlyList<string>? ids = null, IReadOnlyList<string>? watched = null, string accept = "application/json") => new()
    {
        Id = $"urn:ngsi-ld:Subscription:{name}",
        ClientId = name,
        Space = space,
        EntityTypes = ["Shelter"],
        EntityIds = ids,
        WatchedAttributes = watched,
        Q = q,
        NotificationUri = uri,
        NotificationAccept = accept,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}

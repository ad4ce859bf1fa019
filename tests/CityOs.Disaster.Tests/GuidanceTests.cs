using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Contracts.Evacuation;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Tests.Support;
using MassTransit;

namespace CityOs.Disaster.Tests;

public sealed class GuidanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_level_3_alert_guides_every_support_needing_resident_in_that_district_and_nobody_elsewhere()
    {
        await using var city = new DisasterCity(output);
        var inDistrict = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            inDistrict.Add(await city.RegisterAsync($"大殿 住民{i}", $"194{i % 10}-0{1 + i % 9}-1{i % 10}", "odono", i % 3 == 0 ? "dementia" : "visual"));
        }

        var elsewhere = await city.RegisterAsync("阿東 住民", "1941-02-03", "ato", "hearing");

        await city.RaiseAsync("odono", 3);

        foreach (var pseudonym in inDistrict)
        {
            var guidance = await city.GuidanceAsync(pseudonym);
            Assert.True(guidance["status"]!.GetValue<string>() == GuidanceStatus.Assisted || guidance["reason"] is not null);
        }

        var summary = await Eventually.Until(async () =>
        {
            var s = await city.Analyst.GetFromJsonAsync<JsonObject>("/api/disaster/v1/guidance/summary");
            return s!["guided"]!.GetValue<int>() == 12 ? s : null;
        }, TimeSpan.FromSeconds(10), "every affected resident guided");
        Assert.Equal(12, summary["affected"]!.GetValue<int>());
        Assert.Equal(12, summary["assisted"]!.GetValue<int>() + summary["unassisted"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await city.Staff.GetAsync($"/api/disaster/v1/guidance/{elsewhere}")).StatusCode);
    }

    [Fact]
    public async Task A_resident_who_withdrew_ride_consent_gets_no_ride_until_a_declaration_and_the_break_glass_access_is_on_the_ledger()
    {
        await using var city = new DisasterCity(output);
        var rides = new ConcurrentQueue<RequestEvacuationRide>();
        using var observer = city.Get<IBus>().ConnectPublishObserver(new RideRecorder(rides));
        var withdrawn = await city.RegisterAsync("原田 ハナ", "1945-04-01", "ato", "wheelchair");
        var (residentId, consentId) = await city.GrantRideAsync("原田 ハナ", "1945-04-01", "ato");
        await city.WithdrawAsync(residentId, consentId);
        var consenting = await city.RegisterAsync("藤井 タケシ", "1944-11-20", "ato", "wheelchair");
        await city.GrantRideAsync("藤井 タケシ", "1944-11-20", "ato");

        await city.RaiseAsync("ato", 3);

        var denied = await city.GuidanceAsync(withdrawn);
        Assert.Equal((GuidanceStatus.Unassisted, UnassistedReason.NoConsentNoBreakGlass), (denied["status"]!.GetValue<string>(), denied["reason"]!.GetValue<string>()));
        var allowed = await city.GuidanceAsync(consenting);
        Assert.Equal("consent", allowed["linkBasis"]!.GetValue<string>());
        Assert.NotNull(allowed["rideRequestId"]);
        await Eventually.True(() => Task.FromResult(rides.Count == 1), TimeSpan.FromSeconds(5), "one ride requested");
        Assert.True(rides.Single().Wheelchair);
        Assert.DoesNotContain(rides, r => r.MobilityPseudonym == withdrawn || r.MobilityPseudonym == consenting);

        await city.RaiseAsync("ato", 4);

        var breakGlass = await Eventually.Until(async () =>
        {
            var g = await city.GuidanceAsync(withdrawn);
            return g["linkBasis"]?.GetValue<string>() == "break-glass" ? g : null;
        }, TimeSpan.FromSeconds(15), "a break-glass ride for the resident who withdrew");
        Assert.NotNull(breakGlass["rideRequestId"]);
        var flagged = await city.Analyst.GetFromJsonAsync<JsonArray>("/api/consent/v1/ledger/break-glass");
        Assert.Single(flagged!);
        var tracker = await city.Counter.GetFromJsonAsync<JsonArray>($"/api/consent/v1/residents/{residentId}/ledger");
        Assert.Contains(tracker!, e => e!["breakGlass"]!.GetValue<bool>() && e["purposeId"]!.GetValue<string>() == "evacuation-ride");
        Assert.True((await city.Analyst.GetFromJsonAsync<JsonObject>("/api/consent/v1/ledger/verify"))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Closing_a_shelter_sends_the_people_bound_there_to_another_one()
    {
        await using var city = new DisasterCity(output);
        var pseudonym = await city.RegisterAsync("河村 キヨ", "1938-03-03", "yuda", "visual");
        await city.RaiseAsync("yuda", 3);
        var first = (await city.GuidanceAsync(pseudonym))["shelterId"]!.GetValue<string>();

        (await city.Staff.PostAsync($"/api/disaster/v1/shelters/{first}/close", null)).EnsureSuccessStatusCode();

        var moved = await Eventually.Until(async () =>
        {
            var g = await city.GuidanceAsync(pseudonym);
            return g["shelterId"]?.GetValue<string>() is { } s && s != first ? g : null;
        }, TimeSpan.FromSeconds(10), "guidance to another shelter");
        Assert.Equal(GuidanceStatus.Assisted, moved["status"]!.GetValue<string>());
        var shelters = await city.Public.GetFromJsonAsync<JsonArray>("/api/disaster/v1/shelters");
        Assert.Equal("closed", shelters!.Single(s => s!["id"]!.GetValue<string>() == first)!["congestion"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_shelter_counter_reporting_full_reroutes_people_still_on_their_way_and_shows_as_full_open_data()
    {
        await using var city = new DisasterCity(output);
        var pseudonym = await city.RegisterAsync("村上 マサオ", "1939-10-10", "shiraishi", "dementia");
        await city.RaiseAsync("shiraishi", 3);
        var first = (await city.GuidanceAsync(pseudonym))["shelterId"]!.GetValue<string>();
        var capacity = (await city.Public.GetFromJsonAsync<JsonObject>($"/api/disaster/v1/shelters/{first}"))!["capacity"]!.GetValue<int>();

        await city.Get<IBus>().Publish(new CityOs.Contracts.Sensors.ShelterOccupancyObserved
        {
            ReadingId = "counter-1-42", ShelterId = first, DeviceId = "counter-1", PeoplePresent = capacity, ObservedAt = DateTimeOffset.UtcNow, District = "shiraishi",
        });

        await Eventually.True(async () => (await city.GuidanceAsync(pseudonym))["shelterId"]!.GetValue<string>() != first, TimeSpan.FromSeconds(10), "guidance to a shelter with room");
        var view = await city.Public.GetFromJsonAsync<JsonObject>($"/api/disaster/v1/shelters/{first}");
        Assert.Equal((100.0, "full"), (view!["occupancyPercent"]!.GetValue<double>(), view["congestion"]!.GetValue<string>()));
    }

    private sealed class RideRecorder(ConcurrentQueue<RequestEvacuationRide> rides) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is RequestEvacuationRide ride)
            {
                rides.Enqueue(ride);
            }

            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}

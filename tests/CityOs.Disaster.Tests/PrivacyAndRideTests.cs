using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityOs.Contracts.Evacuation;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Tests.Support;
using MassTransit;

namespace CityOs.Disaster.Tests;

public sealed class PrivacyAndRideTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_declared_disaster_puts_no_name_address_or_phone_on_the_bus_or_in_the_logs()
    {
        await using var city = new DisasterCity(null);
        var messages = new ConcurrentQueue<string>();
        using var observer = city.Get<IBus>().ConnectPublishObserver(new Recorder(messages));
        const string csv = """
            name,birth_date,address,phone,district,needs,care_level
            原田 ハナ,1945-04-01,山口市阿東徳佐中3001,083-956-1234,ato,wheelchair,care-3
            藤井 タケシ,1954-11-20,山口市阿東生雲東分9876,090-1111-2222,ato,hearing,none
            """;
        (await city.Staff.PostAsync("/api/disaster/v1/registry/import?staffId=staff-1", new StringContent(csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        await city.GrantRideAsync("原田 ハナ", "1945-04-01", "ato");

        await city.RaiseAsync("ato", 3);
        await city.RaiseAsync("ato", 4);
        await Eventually.True(() => Task.FromResult(messages.Any(m => m.Contains("pickupLatitude", StringComparison.Ordinal))), TimeSpan.FromSeconds(10), "a ride request");
        await Eventually.True(() => Task.FromResult(city.Get<GuidanceQueue>().Pending == 0), TimeSpan.FromSeconds(10), "guidance to settle");

        var everything = string.Join('\n', messages.Concat(city.Host.LogLines));
        foreach (var secret in new[] { "原田", "藤井", "徳佐中", "生雲東分", "083-956-1234", "090-1111-2222", "1945-04-01" })
        {
            Assert.DoesNotContain(secret, everything);
        }

        Assert.Contains("DisasterDeclared", string.Join('\n', messages));
    }

    [Fact]
    public async Task A_resident_needing_a_vehicle_is_assisted_once_Mobility_schedules_the_ride_or_listed_as_no_vehicle()
    {
        await using var city = new DisasterCity(output);
        var pseudonym = await city.RegisterAsync("西村 トシコ", "1937-09-09", "miyano", "bedridden");
        await city.GrantRideAsync("西村 トシコ", "1937-09-09", "miyano");
        await city.RaiseAsync("miyano", 3);

        // Mobility (in the same host) answers with EvacuationRideScheduled or EvacuationRideDeclined.
        var answered = await Eventually.Until(async () =>
        {
            var g = await city.GuidanceAsync(pseudonym);
            return g["status"]!.GetValue<string>() != GuidanceStatus.WaitingForVehicle ? g : null;
        }, TimeSpan.FromSeconds(15), "Mobility's answer");

        Assert.Equal("miyano-welfare", answered["shelterId"]!.GetValue<string>());
        if (answered["status"]!.GetValue<string>() == GuidanceStatus.Assisted)
        {
            Assert.NotNull(answered["rideId"]);
            var summary = await city.Analyst.GetFromJsonAsync<GuidanceSummary>("/api/disaster/v1/guidance/summary");
            Assert.Equal((1, 1), (summary!.RidesScheduled, summary.Assisted));
        }
        else
        {
            Assert.Equal(UnassistedReason.NoVehicle, answered["reason"]!.GetValue<string>());
        }
    }

    private sealed class Recorder(ConcurrentQueue<string> messages) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            messages.Enqueue(typeof(T).Name + " " + JsonSerializer.Serialize(context.Message, JsonSerializerOptions.Web));
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}

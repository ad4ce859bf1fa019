using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityOs.Consent.Client;
using CityOs.Contracts.Consent;
using CityOs.Host;
using CityOs.Testing.Identity;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.IntegrationTests;

/// <summary>Consent as the whole city sees it: the all-in-one host with every domain's cache on one bus.</summary>
public sealed class ConsentAcrossDomainsTests(ITestOutputHelper output)
{
    private static ServiceFactory<HostEntryPoint> NewHost(ITestOutputHelper? output) => new(new Dictionary<string, string?>
    {
        ["Demo:SimulateSensors"] = "false",
        ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Identity:AppOrigins:0"] = "http://localhost",
    }, output);

    /// <summary>A counter clerk signed in at the host's own Gateway: acts for a resident only through the proxy relationship recorded at enrolment.</summary>
    private static HttpClient CounterClient(ServiceFactory<HostEntryPoint> host) => host.CreateStaffClient(DemoAccounts.Counter);

    /// <summary>A domain desk (role staff): over HTTP, only people at a desk and scoped partners ask Consent for a link.</summary>
    private static HttpClient DeskClient(ServiceFactory<HostEntryPoint> host) => host.CreateStaffClient(DemoAccounts.Staff);

    [Fact]
    public async Task Withdrawal_takes_effect_in_every_domain_cache_within_a_second()
    {
        await using var host = NewHost(output);
        using var http = CounterClient(host);
        using var desk = DeskClient(host);
        using var colleague = host.CreateStaffClient(DemoAccounts.SecondCounter);
        var city = new CityApi(http, desk, colleague);
        var residentId = await city.EnrolAsync("田中 ヨシ", "1940-08-15", "山口市徳地堀1", "0835-52-0000", "tokuji");
        var disaster = await city.PseudonymAsync("田中 ヨシ", "1940-08-15", "tokuji", "disaster");
        var consent = await city.GrantAsync(residentId, "evacuation-ride");
        var mobility = (await city.LinkAsync(disaster, "mobility"))["targetPseudonym"]!.GetValue<string>();

        using var scope = host.Services.CreateScope();
        var consents = scope.ServiceProvider.GetRequiredService<IConsentClient>();
        async Task<ConsentCheck> CheckAsync() => await consents.CheckAsync("mobility", mobility, "evacuation-ride", "mobility", ["mobility-needs.wheelchair"]);
        await Eventually.True(async () => await CheckAsync() is { Allowed: true, FromCache: true }, TimeSpan.FromSeconds(10), "the mobility cache to learn the consent");

        var withdrawn = await http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents/{consent}/withdraw", new { expectedVersion = 1, method = "App" });
        withdrawn.EnsureSuccessStatusCode();
        var acknowledged = Stopwatch.StartNew();
        await Eventually.True(async () => !(await CheckAsync()).Allowed, TimeSpan.FromSeconds(1), "the mobility cache to drop the withdrawn consent");
        output.WriteLine($"dropped {acknowledged.Elapsed.TotalMilliseconds:0.0} ms after the acknowledgement");
        Assert.False((await city.LinkAsync(disaster, "mobility"))["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task No_name_phone_number_or_address_reaches_the_bus_the_logs_or_the_traces()
    {
        var traces = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => traces.Enqueue($"{a.Source.Name} {a.DisplayName} {string.Join(";", a.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(";", a.Baggage)} {string.Join(";", a.Events.Select(e => e.Name + string.Join(",", e.Tags.Select(t => t.Value))))}"),
        };
        ActivitySource.AddActivityListener(listener);

        await using var host = NewHost(null);
        using var http = CounterClient(host);
        var messages = new ConcurrentQueue<string>();
        var bus = host.Services.GetRequiredService<IBus>();
        using var publishes = bus.ConnectPublishObserver(new MessageRecorder(messages));
        using var sends = bus.ConnectSendObserver(new MessageRecorder(messages));
        using var consumes = bus.ConnectConsumeObserver(new MessageRecorder(messages));

        var people = new[]
        {
            (Name: "原田 ハナ", Born: "1945-04-01", Address: "山口市阿東徳佐中3001", Phone: "083-956-1234", District: "ato"),
            (Name: "藤井 タケシ", Born: "1954-11-20", Address: "山口市小郡下郷9876", Phone: "090-1111-2222", District: "ogori"),
            (Name: "山本 サクラ", Born: "1989-05-05", Address: "山口市大内矢田北5-4-3", Phone: "080-3333-4444", District: "ouchi"),
        };
        const string proxyName = "原田 ジロウ";
        using var desk = DeskClient(host);
        using var colleague = host.CreateStaffClient(DemoAccounts.SecondCounter);
        var city = new CityApi(http, desk, colleague);
        foreach (var person in people)
        {
            var residentId = await city.EnrolAsync(person.Name, person.Born, person.Address, person.Phone, person.District);
            var disaster = await city.PseudonymAsync(person.Name, person.Born, person.District, "disaster");
            var consent = await city.GrantAsync(residentId, "evacuation-ride", new { method = "Proxy", proxy = new { name = proxyName, relationship = "Family" } });
            await city.LinkAsync(disaster, "mobility");
            (await http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents/{consent}/withdraw", new { expectedVersion = 1, method = "App" })).EnsureSuccessStatusCode();
            await city.LinkAsync(disaster, "mobility");
            await http.GetAsync($"/api/consent/v1/residents/{residentId}/ledger");
        }

        await bus.Publish(new DisasterDeclared
        {
            DeclarationId = Guid.NewGuid(),
            Districts = ["ato"],
            Categories = ["mobility-needs.wheelchair"],
            From = DateTimeOffset.UtcNow.AddMinutes(-1),
            Until = DateTimeOffset.UtcNow.AddHours(1),
            Reason = "privacy test",
        });
        await Task.Delay(1500);
        using (var analyst = host.CreateStaffClient(DemoAccounts.Analyst))
        {
            (await analyst.GetAsync("/api/consent/v1/statistics/opt-in")).EnsureSuccessStatusCode();
        }

        Assert.NotEmpty(messages);
        Assert.Contains(messages, m => m.Contains("ConsentChanged", StringComparison.Ordinal));
        Assert.NotEmpty(host.LogLines);
        var forbidden = people.SelectMany(p => new[] { p.Name, p.Name.Replace(" ", "", StringComparison.Ordinal), p.Address, p.Phone, p.Born }).Append(proxyName).ToList();
        foreach (var (where, lines) in new[] { ("bus", messages.ToList()), ("logs", host.LogLines.ToList()), ("traces", traces.ToList()) })
        {
            foreach (var secret in forbidden)
            {
                Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
            }

            output.WriteLine($"{where}: {lines.Count} items inspected, none holds personal data");
        }
    }

    private sealed class MessageRecorder(ConcurrentQueue<string> messages) : IPublishObserver, ISendObserver, IConsumeObserver
    {
        private void Record<T>(T message, string how) where T : class =>
            messages.Enqueue($"{how} {typeof(T).Name} {JsonSerializer.Serialize(message)}");

        public Task PrePublish<T>(PublishContext<T> context) where T : class { Record(context.Message, "publish"); return Task.CompletedTask; }
        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
        public Task PreSend<T>(SendContext<T> context) where T : class { Record(context.Message, "send"); return Task.CompletedTask; }
        public Task PostSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;
        public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
        public Task PreConsume<T>(ConsumeContext<T> context) where T : class { Record(context.Message, "consume"); return Task.CompletedTask; }
        public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;
        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    private sealed class CityApi(HttpClient http, HttpClient desk, HttpClient colleague)
    {
        public async Task<string> EnrolAsync(string name, string born, string address, string phone, string district)
        {
            var response = await http.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate = born, address, phone, district, enrolledVia = "counter", staffId = "staff-1" });
            response.EnsureSuccessStatusCode();
            var residentId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
            (await colleague.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" })).EnsureSuccessStatusCode();
            return residentId;
        }

        public async Task<string> PseudonymAsync(string name, string born, string district, string domain)
        {
            var response = await http.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate = born, address = "-", district, enrolledVia = "counter", staffId = "staff-1", forDomain = domain });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["pseudonym"]!.GetValue<string>();
        }

        public async Task<string> GrantAsync(string residentId, string purposeId, object? how = null)
        {
            var notice = (await http.GetFromJsonAsync<JsonObject>("/api/consent/v1/purposes"))!["version"]!.GetValue<string>();
            var body = JsonSerializer.SerializeToNode(how ?? new { method = "App" })!.AsObject();
            body["purposeId"] = purposeId;
            body["noticeVersion"] = notice;
            var response = await http.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents", body);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        }

        public async Task<JsonObject> LinkAsync(string disasterPseudonym, string target)
        {
            var response = await desk.PostAsJsonAsync("/api/consent/v1/links", new
            {
                requestId = Guid.NewGuid(),
                requesterDomain = "disaster",
                requesterPseudonym = disasterPseudonym,
                targetDomain = target,
                purposeId = "evacuation-ride",
                categories = new[] { "mobility-needs.wheelchair" },
            });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
    }
}

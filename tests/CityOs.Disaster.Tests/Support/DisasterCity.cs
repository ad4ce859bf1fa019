using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Contracts.Sensors;
using CityOs.Disaster.Alerts;
using CityOs.Host;
using CityOs.Testing.Identity;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Disaster.Tests.Support;

/// <summary>The all-in-one host driven like staff and residents would: registry, consents, river readings.</summary>
public sealed class DisasterCity : IAsyncDisposable
{
    private int _reading;

    public DisasterCity(ITestOutputHelper? output)
    {
        Host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
            ["Identity:AppOrigins:0"] = "http://localhost",
        }, output);
        // Each signed in at the host's own Gateway, the first time it is used.
        Staff = Host.CreateStaffClient(DemoAccounts.Staff);
        Counter = Host.CreateStaffClient(DemoAccounts.Counter);
        Colleague = Host.CreateStaffClient(DemoAccounts.SecondCounter);
        Analyst = Host.CreateStaffClient(DemoAccounts.Analyst);
        Public = Host.CreateClient();
    }

    public ServiceFactory<HostEntryPoint> Host { get; }

    /// <summary>The disaster desk: registry, plans, shelters, declarations, guidance by pseudonym.</summary>
    public HttpClient Staff { get; }

    /// <summary>A counter clerk: enrols residents in Consent and acts for them only through recorded proxies.</summary>
    public HttpClient Counter { get; }

    /// <summary>Another counter clerk: records the first clerk's proxy relationship, as a clerk may not record their own.</summary>
    public HttpClient Colleague { get; }

    /// <summary>An office analyst: aggregates only.</summary>
    public HttpClient Analyst { get; }

    /// <summary>No sign-in: open data.</summary>
    public HttpClient Public { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<string> RegisterAsync(string name, string born, string district, params string[] needs)
    {
        var response = await Staff.PostAsJsonAsync("/api/disaster/v1/registry", new
        {
            name, birthDate = born, address = $"山口市{district} 1-2-3", phone = "083-900-0000", district, needs, careLevel = "care-2", staffId = "staff-1",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["pseudonym"]!.GetValue<string>();
    }

    /// <summary>Consent to evacuation rides given at the counter; returns (residentId, consentId) for a later withdrawal.</summary>
    public async Task<(string ResidentId, string ConsentId)> GrantRideAsync(string name, string born, string district)
    {
        var enrolled = await Counter.PostAsJsonAsync("/api/consent/v1/residents", new { name, birthDate = born, address = "-", district, enrolledVia = "counter", staffId = "staff-1" });
        var residentId = (await enrolled.Content.ReadFromJsonAsync<JsonObject>())!["residentId"]!.GetValue<string>();
        (await Colleague.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/proxies", new { proxyStaffId = DemoAccounts.Counter.UserName, relationship = "Counter" })).EnsureSuccessStatusCode();
        var notice = (await Counter.GetFromJsonAsync<JsonObject>("/api/consent/v1/purposes"))!["version"]!.GetValue<string>();
        var granted = await Counter.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents", new { purposeId = "evacuation-ride", method = "App", noticeVersion = notice });
        granted.EnsureSuccessStatusCode();
        return (residentId, (await granted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    public async Task WithdrawAsync(string residentId, string consentId) =>
        (await Counter.PostAsJsonAsync($"/api/consent/v1/residents/{residentId}/consents/{consentId}/withdraw", new { expectedVersion = 1, method = "App" })).EnsureSuccessStatusCode();

    /// <summary>A reading of the district's gauge at the level's threshold, published as Sensors would.</summary>
    public async Task RaiseAsync(string district, int level)
    {
        var gauge = Get<AlertBoard>().Gauges.Single(g => g.StationId == $"gauge-{district}");
        var meters = level switch
        {
            >= 5 => gauge.FloodingM,
            4 => gauge.FloodDangerM,
            3 => gauge.EvacuationJudgementM,
            _ => 0.5,
        } + 0.01;
        await Get<IBus>().Publish(new RiverLevelObserved
        {
            ReadingId = $"test-{district}-{Interlocked.Increment(ref _reading)}",
            StationId = gauge.StationId,
            DeviceId = $"test-{district}",
            District = district,
            WaterLevelMeters = Math.Round(meters, 2),
            ObservedAt = DateTimeOffset.UtcNow,
        });
        await Eventually.True(() => Task.FromResult(Get<AlertBoard>().LevelOf(district) == level), TimeSpan.FromSeconds(10), $"{district} to reach level {level}");
    }

    public async Task<JsonObject> GuidanceAsync(string pseudonym) =>
        await Eventually.Until(async () =>
        {
            var response = await Staff.GetAsync($"/api/disaster/v1/guidance/{pseudonym}");
            return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonObject>())!["guidance"]!.AsObject() : null;
        }, TimeSpan.FromSeconds(15), "guidance");

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Staff, Counter, Colleague, Analyst, Public })
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using CityOs.Host;
using CityOs.Host.Demo;
using CityOs.Testing.Identity;

namespace CityOs.Web.Tests.Office;

/// <summary>
/// The whole city in one process on a real socket (the all-in-one host, embedded broker on a free port, sensors
/// simulator off), with the demo staff accounts from the host's appsettings. One per test class: the heavy-rain
/// exercise runs once per process.
/// </summary>
public sealed class OfficeCity : IAsyncLifetime
{
    public const int DemoResidents = 4000;

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    public LiveHost<HostEntryPoint> Host { get; private set; } = null!;

    public Uri BaseAddress => Host.BaseAddress;

    public Task InitializeAsync()
    {
        Host = new LiveHost<HostEntryPoint>(
            new Dictionary<string, string?>
            {
                ["Bus:Transport"] = "InMemory",
                ["Store:Provider"] = "Sqlite",
                ["Mqtt:Mode"] = "Embedded",
                ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
                ["Demo:SimulateSensors"] = "false",
                ["Disaster:CapStatus"] = "Exercise",
                ["Office:SnapshotInterval"] = "00:10:00",
                ["Office:ConsentCacheDuration"] = "00:00:01",
                // Tests read figures right after the demo ends; the dashboard's 2 s reuse would hand them the pre-demo ones.
                ["Office:FigureCacheDuration"] = "00:00:00",
                ["Logging:LogLevel:Default"] = "Warning",
            },
            settingsForUrl: url => new Dictionary<string, string?>
            {
                ["Identity:AppOrigins:0"] = url.GetLeftPart(UriPartial.Authority),
                ["Identity:AllowHttp"] = "true",
            });
        return Task.CompletedTask;
    }

    /// <summary>A client carrying a real access token for a demo staff account (authorization code + PKCE through the sign-in page).</summary>
    public async Task<HttpClient> ClientForAsync((string UserName, string Password) account)
    {
        var token = await _tokens.GetOrAdd(account.UserName, _ => SignInAsync(account));
        return Host.CreateClient().WithToken(token);
    }

    /// <summary>Starts the heavy-rain exercise the way the dashboard does and waits until it is done.</summary>
    public async Task<DemoReport> RunHeavyRainAsync()
    {
        using var office = await ClientForAsync(DemoAccounts.Office);
        using (var start = await office.PostAsJsonAsync("/api/demo/v1/heavy-rain", new { residents = DemoResidents }))
        {
            Assert.True(start.IsSuccessStatusCode, $"start: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync()}");
        }

        return await WaitForDemoAsync(office);
    }

    public static async Task<DemoReport> WaitForDemoAsync(HttpClient client)
    {
        DemoApi.DemoStatus? status = null;
        await Eventually.True(async () =>
        {
            status = await client.GetFromJsonAsync<DemoApi.DemoStatus>("/api/demo/v1/heavy-rain");
            Assert.NotEqual("failed", status!.State);
            return status.State == "done";
        }, TimeSpan.FromMinutes(4), "the heavy-rain exercise to finish");
        return status!.Report!;
    }

    private async Task<string> SignInAsync((string UserName, string Password) account)
    {
        using var http = Host.CreateClient();
        return await CityTokens.StaffAsync(http, account);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

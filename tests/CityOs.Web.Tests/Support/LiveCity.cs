using CityOs.Host;

namespace CityOs.Web.Tests.Support;

/// <summary>The all-in-one host on a real socket plus a headless Chromium: what a browser test class shares.</summary>
public sealed class LiveCity : IAsyncLifetime
{
    private readonly CityBrowser _browser = new();

    public LiveHost<HostEntryPoint> Host { get; private set; } = null!;

    public CityBrowser Browser => _browser;

    public async Task InitializeAsync()
    {
        Host = new LiveHost<HostEntryPoint>(new Dictionary<string, string?>(), settingsForUrl: url => AllInOneSettings.For(url));
        await _browser.InitializeAsync();
        await WarmUpAsync();
    }

    /// <summary>
    /// The host answers its first requests slowly (seeding, first use of each endpoint); tests time what a person
    /// sees, so the pages a test opens first are fetched once before any browser waits on them.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = Host.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(2);
        await Eventually.True(async () => (await http.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromMinutes(2), "the host to be healthy");
        foreach (var path in new[] { "/identity/sign-in", "/app/", "/office/", "/partners/", "/api/consent/v1/purposes" })
        {
            (await http.GetAsync(path)).Dispose();
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await Host.DisposeAsync();
    }
}

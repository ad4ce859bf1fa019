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
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await Host.DisposeAsync();
    }
}

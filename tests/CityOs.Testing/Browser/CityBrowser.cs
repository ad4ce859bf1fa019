using Microsoft.Playwright;
using Xunit;

namespace CityOs.Testing.Browser;

/// <summary>
/// A real headless Chromium (the system's /usr/bin/chromium, driven by Playwright; nothing is downloaded).
/// One per test class is enough: each test opens its own context, so cookies and storage never leak between tests.
/// </summary>
public sealed class CityBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run deploy/local/install-deps.sh (apt-get install -y chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// A fresh context (cookies, storage) at <paramref name="baseUrl"/>; phone-sized unless told otherwise.
    /// <paramref name="timezoneId"/> (e.g. Asia/Tokyo) for tests that type a local time, as a resident's phone would.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl, bool phone = true, string locale = "ja-JP", string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            Locale = locale,
            TimezoneId = timezoneId,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 1,
        });
        context.SetDefaultTimeout(15_000);

        // A page load includes the host's first request on a path (routing, Razor, static files) and runs while
        // other test projects build and test on the same two cores: it gets longer than a click.
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

using Microsoft.Playwright;

namespace CityOs.Testing.Browser;

/// <summary>Saves a screen to docs/screenshots/ so the documentation shows what the tests saw.</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(TestEnvironment.RepoRoot, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}

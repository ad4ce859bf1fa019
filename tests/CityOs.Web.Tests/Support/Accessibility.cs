using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CityOs.Web.Tests.Support;

/// <summary>axe-core against WCAG 2.2 A/AA on the page as it stands: every violation fails the test, with where it is.</summary>
public static class Accessibility
{
    private static readonly List<string> Wcag = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

    public static async Task AssertAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}

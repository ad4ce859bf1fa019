using System.Text;
using CityOs.Web.Projects;

namespace CityOs.Web.Tests.Projects;

public sealed class ProjectReportCsvTests
{
    private static readonly DemonstrationProject Project = new()
    {
        Id = "p-csv",
        NameJa = "阿東・徳地 デマンド交通実証",
        NameEn = "Ato, Tokuji \"demand\" rides",
        Districts = ["ato", "tokuji"],
        Start = new DateOnly(2026, 4, 1),
        End = new DateOnly(2027, 3, 31),
        Services = ["mobility"],
        Partners = ["=HYPERLINK(\"http://evil\")", "防長交通, 株式会社"],
        Kpis = [new ProjectKpi("k1", "日常の移動に不便を感じない市民の割合", "Residents not inconvenienced", KpiMetrics.Survey, "%", 59.8, 67)],
        CreatedAt = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero),
        Points = [new KpiPoint("k1", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), 63.4, KpiMetrics.Survey, "市民意識調査")],
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

    [Fact]
    public void Starts_with_the_utf8_byte_order_mark_so_excel_reads_japanese()
    {
        var bytes = ProjectReportCsv.Write(Project, new Dictionary<string, string> { ["ato"] = "阿東", ["tokuji"] = "徳地" });

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("阿東・徳地", Text(bytes), StringComparison.Ordinal);
        Assert.Contains("日常の移動に不便を感じない市民の割合", Text(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_value_row_has_baseline_target_value_and_progress()
    {
        var lines = Text(ProjectReportCsv.Write(Project, new Dictionary<string, string>())).Split("\r\n");

        Assert.Contains("日常の移動に不便を感じない市民の割合,Residents not inconvenienced,survey,%,59.8,67,2026-10-01 00:00:00,63.4,survey,50,市民意識調査", lines);
    }

    [Fact]
    public void Commas_and_quotes_are_quoted_and_formulas_defused()
    {
        var text = Text(ProjectReportCsv.Write(Project, new Dictionary<string, string>()));

        Assert.Contains("\"Ato, Tokuji \"\"demand\"\" rides\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") 防長交通, 株式会社\"", text, StringComparison.Ordinal);
    }
}

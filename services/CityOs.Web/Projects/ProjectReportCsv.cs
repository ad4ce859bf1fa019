using System.Globalization;
using System.Text;

namespace CityOs.Web.Projects;

/// <summary>
/// The project report as CSV for Excel: UTF-8 with a byte-order mark (without it Excel in Japan reads Shift_JIS and garbles the text),
/// CRLF lines, RFC 4180 quoting, and text cells that start like a formula defused with a leading apostrophe.
/// </summary>
public static class ProjectReportCsv
{
    public static byte[] Write(DemonstrationProject project, IReadOnlyDictionary<string, string> districtNames)
    {
        var csv = new StringBuilder();
        void Row(params string?[] cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

        Row("事業名 / Project", project.NameJa, project.NameEn);
        Row("期間 / Period", Date(project.Start), Date(project.End));
        Row("対象地区 / Districts", string.Join("・", project.Districts.Select(d => districtNames.GetValueOrDefault(d, d))));
        Row("サービス / Services", string.Join(" ", project.Services));
        Row("パートナー / Partners", string.Join(" ", project.Partners));
        Row();
        Row("KPI", "KPI (English)", "指標 / Metric", "単位 / Unit", "基準値 / Baseline", "目標値 / Target", "日時 / At (UTC)", "値 / Value", "出所 / Source", "達成度 / Progress %", "備考 / Note");
        foreach (var kpi in project.Kpis)
        {
            var points = project.Points.Where(p => p.KpiId == kpi.Id).OrderBy(p => p.At).ToList();
            if (points.Count == 0)
            {
                Row(kpi.NameJa, kpi.NameEn, kpi.Metric, kpi.Unit, Number(kpi.Baseline), Number(kpi.Target), null, null, null, null, null);
            }

            foreach (var point in points)
            {
                Row(kpi.NameJa, kpi.NameEn, kpi.Metric, kpi.Unit, Number(kpi.Baseline), Number(kpi.Target),
                    point.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Number(point.Value), point.Source,
                    Number(Math.Round(100 * kpi.Progress(point.Value), 1)), point.Note);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double n) => n.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? "'" + value
            : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

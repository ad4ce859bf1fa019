namespace CityOs.Web.Projects;

/// <summary>Checks a registration and names every bad field by its JSON path (<c>period.end</c>, <c>kpis[0].target</c>).</summary>
public static class ProjectValidator
{
    public static readonly IReadOnlySet<string> KnownServices = new HashSet<string>(StringComparer.Ordinal)
    {
        "disaster", "mobility", "childcare", "consent", "sensors", "gateway",
    };

    private const int MaxText = 200;

    public static Dictionary<string, string[]> Validate(ProjectRequest request, IReadOnlySet<string> districts)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string ja, string en) => errors[field] = [$"{ja} / {en}"];

        if (string.IsNullOrWhiteSpace(request.NameJa))
        {
            Fail("nameJa", "事業名を入力してください", "a project name is required");
        }
        else if (request.NameJa.Length > MaxText)
        {
            Fail("nameJa", $"{MaxText}文字以内にしてください", $"at most {MaxText} characters");
        }

        if (request.NameEn is { Length: > MaxText })
        {
            Fail("nameEn", $"{MaxText}文字以内にしてください", $"at most {MaxText} characters");
        }

        if (request.Districts is not { Count: > 0 })
        {
            Fail("districts", "対象地区を1つ以上選んでください", "choose at least one district");
        }
        else
        {
            for (var i = 0; i < request.Districts.Count; i++)
            {
                if (request.Districts[i] is not { } d || !districts.Contains(d))
                {
                    Fail($"districts[{i}]", "存在しない地区です", $"unknown district '{request.Districts[i]}'");
                }
            }
        }

        ValidatePeriod(request.Period, Fail);
        ValidateList(request.Services, "services", s => KnownServices.Contains(s), "存在しないサービスです", "unknown service", Fail);
        ValidateList(request.Partners, "partners", p => p.Length <= MaxText && !string.IsNullOrWhiteSpace(p), "空欄または長すぎます", "empty or too long", Fail);
        ValidateKpis(request.Kpis, Fail);
        return errors;
    }

    private static void ValidatePeriod(PeriodInput? period, Action<string, string, string> fail)
    {
        if (period?.Start is null)
        {
            fail("period.start", "開始日を入力してください", "a start date is required");
        }

        if (period?.End is null)
        {
            fail("period.end", "終了日を入力してください", "an end date is required");
        }
        else if (period.Start is { } start && period.End < start)
        {
            fail("period.end", "終了日は開始日以降にしてください", "the end date must not be before the start date");
        }
    }

    private static void ValidateList(IReadOnlyList<string?>? items, string field, Func<string, bool> valid, string ja, string en, Action<string, string, string> fail)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is not { } item || !valid(item))
            {
                fail($"{field}[{i}]", ja, $"{en}: '{items[i]}'");
            }
        }
    }

    private static void ValidateKpis(IReadOnlyList<KpiInput?>? kpis, Action<string, string, string> fail)
    {
        if (kpis is not { Count: > 0 })
        {
            fail("kpis", "KPIを1つ以上設定してください", "at least one KPI is required");
            return;
        }

        for (var i = 0; i < kpis.Count; i++)
        {
            var path = $"kpis[{i}]";
            if (kpis[i] is not { } kpi)
            {
                fail(path, "KPIが空です", "empty KPI");
                continue;
            }

            if (kpi.Metric is not { } metric || (metric != KpiMetrics.Survey && KpiMetrics.Find(metric) is null))
            {
                fail($"{path}.metric", "指標を選んでください（計測項目または調査値）", "choose a platform metric or 'survey'");
            }

            if (kpi.Metric == KpiMetrics.Survey && string.IsNullOrWhiteSpace(kpi.NameJa))
            {
                fail($"{path}.nameJa", "調査値のKPIには名前が必要です", "a survey KPI needs a name");
            }

            if (kpi.Baseline is null or double.NaN)
            {
                fail($"{path}.baseline", "基準値を入力してください", "a baseline is required");
            }

            if (kpi.Target is null or double.NaN)
            {
                fail($"{path}.target", "目標値を入力してください", "a target is required");
            }
            else if (kpi.Target == kpi.Baseline)
            {
                fail($"{path}.target", "目標値は基準値と違う値にしてください", "the target must differ from the baseline");
            }
        }
    }
}

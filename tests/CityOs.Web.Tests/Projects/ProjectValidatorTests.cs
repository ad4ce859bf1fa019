using CityOs.Web.Projects;

namespace CityOs.Web.Tests.Projects;

public sealed class ProjectValidatorTests
{
    private static readonly IReadOnlySet<string> Districts = new HashSet<string> { "ajisu", "tokuji", "ato" };

    internal static ProjectRequest Valid() => new()
    {
        NameJa = "阿東・徳地 デマンド交通実証",
        Districts = ["tokuji", "ato"],
        Period = new PeriodInput(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)),
        Services = ["mobility"],
        Partners = ["防長交通"],
        Kpis =
        [
            new KpiInput("日常の移動に不便を感じない市民の割合", null, KpiMetrics.Survey, "%", 59.8, 67),
            new KpiInput(null, null, "mobility.shared-share", null, 10, 30),
        ],
    };

    [Fact]
    public void A_complete_registration_has_no_errors() => Assert.Empty(ProjectValidator.Validate(Valid(), Districts));

    [Fact]
    public void End_before_start_is_refused_at_period_end()
    {
        var errors = ProjectValidator.Validate(Valid() with { Period = new PeriodInput(new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 31)) }, Districts);
        Assert.Equal(["period.end"], errors.Keys);
    }

    [Fact]
    public void An_unknown_district_is_named_by_its_index()
    {
        var errors = ProjectValidator.Validate(Valid() with { Districts = ["ato", "atlantis"] }, Districts);
        Assert.Equal(["districts[1]"], errors.Keys);
    }

    [Fact]
    public void A_missing_target_is_named_with_the_kpi_index()
    {
        var request = Valid();
        var errors = ProjectValidator.Validate(request with { Kpis = [request.Kpis![0], request.Kpis[1]! with { Target = null }] }, Districts);
        Assert.Equal(["kpis[1].target"], errors.Keys);
    }

    [Fact]
    public void Missing_name_districts_period_and_kpis_are_each_named()
    {
        var errors = ProjectValidator.Validate(new ProjectRequest(), Districts);
        Assert.Equal(["districts", "kpis", "nameJa", "period.end", "period.start"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_metric_and_service_and_equal_target_are_refused()
    {
        var errors = ProjectValidator.Validate(Valid() with
        {
            Services = ["mobility", "teleport"],
            Kpis = [new KpiInput("x", null, "weather.sunshine", null, 1, 2), new KpiInput("y", null, KpiMetrics.Survey, "%", 5, 5)],
        }, Districts);
        Assert.Equal(["kpis[0].metric", "kpis[1].target", "services[1]"], errors.Keys.Order(StringComparer.Ordinal));
    }
}

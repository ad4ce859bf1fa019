using CityOs.Contracts.Office;
using CityOs.Web.Projects;

namespace CityOs.Web.Tests.Projects;

public sealed class KpiMeasurementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static DemonstrationProject Project(params ProjectKpi[] kpis) => new()
    {
        Id = "p-test", NameJa = "実証", Districts = ["ato", "tokuji"], Start = new DateOnly(2026, 4, 1), End = new DateOnly(2027, 3, 31),
        Services = ["mobility"], Partners = [], Kpis = kpis, CreatedAt = Now,
    };

    private static ProjectFigures Figures() => new(
        new DisasterFigures
        {
            AsOf = Now,
            Districts = [Disaster("ato", registered: 40, confirmed: 10), Disaster("tokuji", registered: 60, confirmed: 45), Disaster("ogori", registered: 500, confirmed: 0)],
            Evacuation = new EvacuationProgress { Affected = 0, Guided = 0, Assisted = 0, WaitingForVehicle = 0, RidesScheduled = 0, Unassisted = 0, UnassistedReasons = new Dictionary<string, int>(), Safe = 0, MaxAlertLevel = 0 },
            Shelters = [], Rivers = [], Declarations = [],
        },
        new MobilityFigures
        {
            AsOf = Now,
            Districts = [Rides("ato", asked: 20, served: 18, shared: 9), Rides("tokuji", asked: 30, served: 27, shared: 3), Rides("ogori", asked: 1000, served: 10, shared: 0)],
        },
        new ChildcareFigures
        {
            AsOf = Now,
            Districts = [Childcare("ato", vacancies: 4, waiting: 1), Childcare("ogori", vacancies: 0, waiting: 30)],
        });

    [Fact]
    public void Platform_kpis_count_only_the_projects_districts()
    {
        var project = Project(
            new ProjectKpi("k1", "運行件数", null, "mobility.rides-served", "件", 0, 100),
            new ProjectKpi("k2", "配車率", null, "mobility.served-share", "%", 80, 95),
            new ProjectKpi("k3", "乗合率", null, "mobility.shared-share", "%", 10, 30),
            new ProjectKpi("k4", "計画確定率", null, "disaster.confirmed-plan-share", "%", 30, 80),
            new ProjectKpi("k5", "待機児童", null, "childcare.waiting-children", "人", 5, 0));

        var points = ProjectMeter.Measure(project, Figures().For(project.Districts.ToHashSet()), Now).ToDictionary(p => p.KpiId, p => p.Value);

        Assert.Equal(45, points["k1"]);
        Assert.Equal(90.0, points["k2"]);
        Assert.Equal(26.7, points["k3"]);
        Assert.Equal(55.0, points["k4"]);
        Assert.Equal(1, points["k5"]);
    }

    [Fact]
    public void Survey_kpis_and_kpis_of_a_silent_domain_get_no_point()
    {
        var project = Project(
            new ProjectKpi("k1", "不便を感じない市民の割合", null, KpiMetrics.Survey, "%", 59.8, 67),
            new ProjectKpi("k2", "乗合率", null, "mobility.shared-share", "%", 10, 30));

        var points = ProjectMeter.Measure(project, new ProjectFigures(null, null, null), Now);

        Assert.Empty(points);
    }

    [Fact]
    public void Progress_runs_from_baseline_to_target_in_either_direction()
    {
        var up = new ProjectKpi("k1", "割合", null, KpiMetrics.Survey, "%", 59.8, 67);
        var down = new ProjectKpi("k2", "待機児童", null, "childcare.waiting-children", "人", 20, 0);

        Assert.Equal(0.5, up.Progress(63.4), 6);
        Assert.True(up.HigherIsBetter);
        Assert.Equal(0.75, down.Progress(5), 6);
        Assert.False(down.HigherIsBetter);
    }

    [Fact]
    public void The_view_marks_a_kpi_met_only_past_its_target()
    {
        var kpi = new ProjectKpi("k1", "待機児童", null, "childcare.waiting-children", "人", 20, 5);
        var project = Project(kpi) with
        {
            Points = [new KpiPoint("k1", Now.AddDays(-1), 12, "platform"), new KpiPoint("k1", Now, 4, "platform")],
        };

        var view = ProjectView.Of(project, DateOnly.FromDateTime(Now.UtcDateTime)).Kpis.Single();

        Assert.Equal(4, view.Latest);
        Assert.True(view.TargetMet);
        Assert.Equal(106.7, view.ProgressPercent);
        Assert.Equal(2, view.Series.Count);
    }

    private static DistrictDisasterFigures Disaster(string district, int registered, int confirmed) => new()
    {
        District = district, AlertLevel = 0, Registered = registered, ConfirmedPlans = confirmed, Guided = 0, Assisted = 0, Unassisted = 0, Safe = 0, NeedsHelp = 0, AtShelter = 0,
    };

    private static DistrictRideFigures Rides(string district, int asked, int served, int shared) => new()
    {
        District = district, Requests = asked + 1, Asked = asked, Served = served, Shared = shared, Evacuation = 0,
    };

    private static DistrictChildcareFigures Childcare(string district, int vacancies, int waiting) => new()
    {
        District = district, Facilities = 1, Capacity = 50, Enrolled = 50 - vacancies, Vacancies = vacancies, Waiting = waiting,
    };
}

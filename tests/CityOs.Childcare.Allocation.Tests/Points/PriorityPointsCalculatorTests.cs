namespace CityOs.Childcare.Allocation.Tests;

public class PriorityPointsCalculatorTests
{
    private static readonly PriorityPointsCalculator Calculator = new();

    private static ParentCircumstances Working(string label, decimal hours) => new(label, hours, []);

    [Fact]
    public void Two_full_time_working_parents_score_ten_each()
    {
        var points = Calculator.Calculate(new HouseholdCircumstances([Working("母", 160), Working("父", 172)], []));

        Assert.Equal(20, points.Total);
        Assert.Equal(["work-160", "work-160"], points.Lines.Select(l => l.Code));
        Assert.Equal(["母", "父"], points.Lines.Select(l => l.Subject));
    }

    [Theory]
    [InlineData(159.5, "work-140", 9)]
    [InlineData(120, "work-120", 8)]
    [InlineData(64, "work-64", 5)]
    [InlineData(48, "work-48", 4)]
    [InlineData(47, "none", 0)]
    public void Work_hours_fall_into_their_bracket(decimal hours, string code, decimal expected)
    {
        var line = Calculator.Calculate(new HouseholdCircumstances([Working("母", hours)], [])).Lines.Single();

        Assert.Equal((code, expected), (line.Code, line.Points));
    }

    [Fact]
    public void A_parent_scores_the_best_reason_that_applies_not_the_sum()
    {
        var parent = new ParentCircumstances("母", 70, ["pregnancy", "job-seeking"]);

        var line = Calculator.Calculate(new HouseholdCircumstances([parent], [])).Lines.Single();

        Assert.Equal(("pregnancy", 8m), (line.Code, line.Points));
    }

    [Fact]
    public void Adjustments_add_to_the_base_points_and_are_listed()
    {
        var household = new HouseholdCircumstances(
            [Working("母", 130), new ParentCircumstances("父", null, ["absent"])],
            ["single-parent", "sibling-enrolled", "waiting-last-year", "grandparent-available"]);

        var points = Calculator.Calculate(household);

        Assert.Equal(8 + 10 + 5 + 2 + 1 - 2, points.Total);
        Assert.Equal(["work-120", "absent", "single-parent", "sibling-enrolled", "waiting-last-year", "grandparent-available"], points.Lines.Select(l => l.Code));
    }

    [Fact]
    public void Unknown_codes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Calculator.Calculate(new HouseholdCircumstances([Working("母", 160)], ["lottery"])));
        Assert.Throws<ArgumentException>(() => Calculator.Calculate(new HouseholdCircumstances([new("母", null, ["napping"])], [])));
    }

    [Fact]
    public void A_city_can_supply_its_own_table()
    {
        var rules = PriorityRules.FromJson("""
            {"name":"test","parentRules":[{"code":"w","description":"work","reason":"work","minHours":100,"points":7.5}],
             "adjustments":[{"code":"twins","description":"twins","points":0.5}]}
            """);

        var points = new PriorityPointsCalculator(rules).Calculate(new HouseholdCircumstances([Working("p", 100)], ["twins"]));

        Assert.Equal(8m, points.Total);
    }

    [Fact]
    public void A_table_with_duplicate_codes_is_refused()
    {
        Assert.Throws<FormatException>(() => PriorityRules.FromJson("""
            {"name":"t","parentRules":[{"code":"a","description":"","reason":"work","points":1}],"adjustments":[{"code":"a","description":"","points":1}]}
            """));
    }
}

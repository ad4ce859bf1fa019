using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

public sealed class ApplicationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Valid_application_is_accepted_and_shows_points_with_rule_lines_in_japanese_and_english()
    {
        await using var host = new ChildcareHost(output);
        var created = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path,
            ApplicationBodies.Single("ch-yamamoto-2", 1, ["ns-odono", "ns-shiraishi"], workHours: 150, adjustments: ["single-parent"]), HttpStatusCode.Created);

        var view = await ChildcareHost.Json(await host.Staff.GetAsync($"{ApplicationBodies.Path}/{created["id"]}"));
        Assert.Equal("submitted", (string?)view["status"]);
        Assert.Equal("staff", (string?)view["method"]);
        Assert.Equal(9 + 9 + 5, (decimal)view["points"]!);
        var lines = view["lines"]!.AsArray();
        Assert.Contains(lines, l => (string?)l!["code"] == "work-140" && ((string?)l["ja"])!.StartsWith("就労", StringComparison.Ordinal) && ((string?)l["en"])!.StartsWith("work", StringComparison.Ordinal));
        Assert.Contains(lines, l => (string?)l!["code"] == "single-parent" && (decimal)l["points"]! == 5);
    }

    [Theory]
    [InlineData("age-not-offered", "children[0].preferences[0]")]
    [InlineData("closed-facility", "children[0].preferences[0]")]
    [InlineData("same-child-twice", "children[1].pseudonym")]
    [InlineData("six-preferences", "children[0].preferences")]
    [InlineData("unknown-reason", "parents")]
    public async Task Impossible_application_is_refused_with_the_field_and_reason(string case_, string field)
    {
        await using var host = new ChildcareHost(output);
        object body = case_ switch
        {
            // After-school clubs take school years 1–6, so age class 0 is not offered.
            "age-not-offered" => ApplicationBodies.Single("c1", 0, ["asc-ajisu"]),
            "closed-facility" => ApplicationBodies.Single("c1", 2, ["ns-suzenji"]),
            "same-child-twice" => new
            {
                parentPseudonyms = new[] { "p1" },
                parents = new[] { new { label = "parent 1", workHoursPerMonth = 160m } },
                children = new[] { new { pseudonym = "c1", ageClass = 1, preferences = new[] { "ns-odono" } }, new { pseudonym = "c1", ageClass = 1, preferences = new[] { "ns-odono" } } },
            },
            "six-preferences" => ApplicationBodies.Single("c1", 2, ["ns-odono", "ns-shiraishi", "ns-yuda", "ns-nio", "ns-osaba", "ns-ouchi"]),
            _ => new
            {
                parentPseudonyms = new[] { "p1" },
                parents = new[] { new { label = "parent 1", workHoursPerMonth = (decimal?)null, reasons = new[] { "sunbathing" } } },
                children = new[] { new { pseudonym = "c1", ageClass = 1, preferences = new[] { "ns-odono" } } },
            },
        };

        var problem = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, body, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
        output.WriteLine(problem.ToJsonString());
    }

    [Fact]
    public async Task Child_who_already_applied_this_round_is_refused()
    {
        await using var host = new ChildcareHost(output);
        await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c1", 2, ["ns-odono"]), HttpStatusCode.Created);

        var problem = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c1", 2, ["ns-shiraishi"]), HttpStatusCode.BadRequest);
        Assert.Contains("already applied", problem["errors"]!["children"]![0]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_enter_an_application_on_a_familys_behalf_and_sign_in_is_required()
    {
        await using var host = new ChildcareHost(output);
        var body = ApplicationBodies.Single("c-harada-grandchild", 3, ["ns-odono"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsJsonAsync($"{ApplicationBodies.Path}/on-behalf", body)).StatusCode);

        var withStaff = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!;
        withStaff["staffId"] = "counter-ouchi-03";
        var created = await ChildcareHost.PostJson(host.Staff, $"{ApplicationBodies.Path}/on-behalf", withStaff, HttpStatusCode.Created);
        Assert.Equal("staff", (string?)created["method"]);
    }
}

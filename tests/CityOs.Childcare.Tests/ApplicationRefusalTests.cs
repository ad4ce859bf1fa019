using System.Net;
using System.Net.Http.Json;
using CityOs.Childcare.Tests.Support;

namespace CityOs.Childcare.Tests;

/// <summary>The refusals beyond the basic ones in <see cref="ApplicationTests"/>: each names its field, Japanese first.</summary>
public sealed class ApplicationRefusalTests(ITestOutputHelper output)
{
    private static object Siblings(object?[][] combinations, string round = "2027-04") => new
    {
        round,
        parentPseudonyms = new[] { "p-sib" },
        parents = new[] { new { label = "parent 1", workHoursPerMonth = 160m } },
        children = new[]
        {
            new { pseudonym = "c-sib-1", ageClass = 1, preferences = new[] { "ns-odono" } },
            new { pseudonym = "c-sib-2", ageClass = 3, preferences = new[] { "ns-odono" } },
        },
        combinations,
    };

    [Theory]
    [InlineData("unknown-facility", "children[0].preferences[0]", "no facility ns-nowhere")]
    [InlineData("closed-in-combination", "combinations[0][1]", "is closed")]
    [InlineData("combination-too-short", "combinations[0]", "one facility or null per child")]
    [InlineData("bad-round", "round", "round must be")]
    [InlineData("unknown-current-facility", "children[0].currentFacility", "no facility ns-gone")]
    [InlineData("nursery-and-club", "children[0].preferences", "separately")]
    [InlineData("listed-twice", "children[0].preferences", "listed twice")]
    public async Task Impossible_application_is_refused_naming_the_field(string case_, string field, string reason)
    {
        await using var host = new ChildcareHost(output);
        object body = case_ switch
        {
            "unknown-facility" => ApplicationBodies.Single("c1", 2, ["ns-nowhere"]),
            "closed-in-combination" => Siblings([["ns-odono", "ns-suzenji"]]),
            "combination-too-short" => Siblings([["ns-odono"]]),
            "bad-round" => Siblings([["ns-odono", "ns-odono"]], round: "2027/04"),
            "unknown-current-facility" => ApplicationBodies.Single("c1", 2, ["ns-odono"], currentFacility: "ns-gone"),
            "nursery-and-club" => ApplicationBodies.Single("c1", 2, ["ns-odono", "asc-odono"]),
            _ => ApplicationBodies.Single("c1", 2, ["ns-odono", "ns-odono"]),
        };

        var problem = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, body, HttpStatusCode.BadRequest);
        output.WriteLine(problem.ToJsonString());
        var messages = problem["errors"]![field]!.AsArray().Select(m => (string)m!).ToList();
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal) && m[0] > 0x3000);
    }

    [Fact]
    public async Task Body_that_does_not_parse_is_refused_with_the_json_path()
    {
        await using var host = new ChildcareHost(output);
        var response = await host.Staff.PostAsync(ApplicationBodies.Path, new StringContent(
            """{"parentPseudonyms":["p1"],"children":[{"pseudonym":"c1","ageClass":"two","preferences":["ns-odono"]}]}""",
            System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.children[0].ageClass", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_an_unknown_application_is_404_and_a_withdrawn_one_stays_withdrawn()
    {
        await using var host = new ChildcareHost(output);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Staff.PostAsJsonAsync($"{ApplicationBodies.Path}/app-2027-04-000000000000/withdraw", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Staff.PostAsJsonAsync($"{ApplicationBodies.Path}/not-an-id/withdraw", new { })).StatusCode);

        var created = await ChildcareHost.PostJson(host.Staff, ApplicationBodies.Path, ApplicationBodies.Single("c-twice", 2, ["ns-odono"]), HttpStatusCode.Created);
        var first = await ChildcareHost.PostJson(host.Staff, $"{ApplicationBodies.Path}/{created["id"]}/withdraw", new { }, HttpStatusCode.OK);
        var second = await ChildcareHost.PostJson(host.Staff, $"{ApplicationBodies.Path}/{created["id"]}/withdraw", new { }, HttpStatusCode.OK);
        Assert.Equal("withdrawn", (string?)first["status"]);
        Assert.Equal("withdrawn", (string?)second["status"]);
    }
}

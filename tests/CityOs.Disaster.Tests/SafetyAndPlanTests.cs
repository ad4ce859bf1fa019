using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityOs.Disaster.Tests.Support;

namespace CityOs.Disaster.Tests;

public sealed class SafetyAndPlanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Safety_reports_from_resident_proxy_and_supporter_show_as_live_counts_per_district()
    {
        await using var city = new DisasterCity(output);
        var a = await city.RegisterAsync("末永 フミ", "1939-05-05", "sue", "dementia");
        var b = await city.RegisterAsync("松田 ミツ", "1941-06-06", "sue", "hearing");
        var c = await city.RegisterAsync("岡本 イサム", "1942-07-07", "sue", "visual");

        (await city.Staff.PostAsJsonAsync($"/api/disaster/v1/safety/{a}", new { status = "safe", reportedBy = "self" })).EnsureSuccessStatusCode();
        (await city.Staff.PostAsJsonAsync($"/api/disaster/v1/safety/{b}", new { status = "needs-help", reportedBy = "proxy" })).EnsureSuccessStatusCode();
        (await city.Staff.PostAsJsonAsync($"/api/disaster/v1/safety/{b}", new { status = "at-shelter", reportedBy = "supporter", shelterId = "sue-cc" })).EnsureSuccessStatusCode();
        var bad = await city.Staff.PostAsJsonAsync($"/api/disaster/v1/safety/{c}", new { status = "fine", reportedBy = "neighbour" });
        var unknown = await city.Staff.PostAsJsonAsync("/api/disaster/v1/safety/nobody", new { status = "safe", reportedBy = "self" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var sue = (await city.Analyst.GetFromJsonAsync<JsonArray>("/api/disaster/v1/safety/summary"))!.Single(d => d!["district"]!.GetValue<string>() == "sue")!;
        Assert.Equal((3, 1, 0, 1, 1), (sue["registered"]!.GetValue<int>(), sue["safe"]!.GetValue<int>(), sue["needsHelp"]!.GetValue<int>(), sue["atShelter"]!.GetValue<int>(), sue["unknown"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_service_proposes_a_plan_staff_confirm_it_and_a_plan_with_an_unsuitable_shelter_is_refused()
    {
        await using var city = new DisasterCity(output);
        var pseudonym = await city.RegisterAsync("吉村 シゲル", "1936-08-08", "ogori", "bedridden");

        var proposed = await (await city.Staff.PostAsync($"/api/disaster/v1/plans/{pseudonym}/propose", null)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("ogori-welfare", "wheelchair-taxi", false), (proposed!["shelterId"]!.GetValue<string>(), proposed["method"]!.GetValue<string>(), proposed["confirmed"]!.GetValue<bool>()));
        var confirmed = await city.Staff.PostAsJsonAsync($"/api/disaster/v1/plans/{pseudonym}/confirm", new { staffId = "staff-1" });
        Assert.True((await confirmed.Content.ReadFromJsonAsync<JsonObject>())!["confirmed"]!.GetValue<bool>());

        var unsuitable = await city.Staff.PutAsJsonAsync($"/api/disaster/v1/plans/{pseudonym}", new { shelterId = "ogori-es", method = "family-car", staffId = "staff-1" });
        Assert.Equal(HttpStatusCode.BadRequest, unsuitable.StatusCode);
        Assert.NotNull((await unsuitable.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["shelterId"]);
        Assert.Equal(HttpStatusCode.NotFound, (await city.Staff.PostAsync("/api/disaster/v1/plans/nobody/propose", null)).StatusCode);
    }
}

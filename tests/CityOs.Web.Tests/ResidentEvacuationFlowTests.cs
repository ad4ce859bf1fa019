using System.Text.Json.Nodes;
using CityOs.Web.Tests.Support;
using Microsoft.Playwright;

namespace CityOs.Web.Tests;

/// <summary>"My evacuation plan" and "I am safe" in a real Chromium against the all-in-one host.</summary>
public sealed class ResidentEvacuationFlowTests(LiveCity city) : IClassFixture<LiveCity>
{
    [Fact]
    public async Task A_family_member_sees_his_mothers_plan_and_reports_both_of_them_safe()
    {
        var counter = new CityCounter(city);
        var desk = new DisasterDesk(city);
        var before = SafeIn(await desk.SafetySummaryAsync(), "odono");
        var mother = await counter.EnrolAsync("岡村 トミ", "1944-09-12");
        var son = await counter.EnrolAsync("岡村 健", "1970-01-15");
        var plan = await desk.RegisterWithPlanAsync("岡村 トミ", "1944-09-12", "odono", "dementia");
        var shelter = await desk.ShelterAsync(plan["shelterId"]!.GetValue<string>());
        await counter.RecordFamilyProxyAsync(mother, son);
        var app = await counter.OpenAppAsync(son, "580311");
        var evacuation = app.Page.Locator("#evacuation");

        await Assertions.Expect(evacuation).ToContainTextAsync("避難計画はまだありません");
        await evacuation.GetByRole(AriaRole.Button, new() { Name = "無事です" }).ClickAsync();
        await Assertions.Expect(app.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("お住まいの地区を選んでください");
        await evacuation.GetByLabel("お住まいの地区").SelectOptionAsync(new SelectOptionValue { Label = "大殿" });
        await evacuation.GetByRole(AriaRole.Button, new() { Name = "無事です" }).ClickAsync();
        await Assertions.Expect(evacuation.Locator(".last-report")).ToContainTextAsync("最後の連絡：無事です");
        await Assertions.Expect(evacuation.Locator(".last-report")).ToContainTextAsync("本人");

        await app.Page.GetByLabel("表示する人").SelectOptionAsync(new SelectOptionValue { Label = "岡村 トミ さん（代理）" });
        await Assertions.Expect(evacuation).ToContainTextAsync(shelter["nameJa"]!.GetValue<string>());
        await Assertions.Expect(evacuation).ToContainTextAsync("市が確定しました");
        await Assertions.Expect(evacuation.GetByLabel("お住まいの地区")).ToHaveCountAsync(0);
        await evacuation.GetByRole(AriaRole.Button, new() { Name = "無事です" }).ClickAsync();
        await Assertions.Expect(evacuation.Locator(".last-report")).ToContainTextAsync("代理の方");
        await Screenshots.SaveAsync(app.Page, "app-evacuation");

        Assert.Equal(before + 2, SafeIn(await desk.SafetySummaryAsync(), "odono"));
        await Accessibility.AssertAsync(app.Page);
    }

    [Fact]
    public async Task A_resident_cannot_read_someone_elses_plan_and_the_refusal_does_not_tell_whether_they_exist()
    {
        var counter = new CityCounter(city);
        var desk = new DisasterDesk(city);
        var other = await counter.EnrolAsync("松本 ミツ", "1941-03-03");
        await desk.RegisterWithPlanAsync("松本 ミツ", "1941-03-03", "odono", "wheelchair");
        var me = await counter.EnrolAsync("松本 次郎", "1968-07-07");
        var app = await counter.OpenAppAsync(me, "402917");
        using var http = city.Host.CreateClient().WithToken((await app.AccessTokenAsync())!);

        var own = await http.GetAsync($"/api/disaster/v1/residents/{me}/evacuation");
        var hers = await http.GetAsync($"/api/disaster/v1/residents/{other}/evacuation");
        var nobody = await http.GetAsync("/api/disaster/v1/residents/no-such-person/evacuation");
        var report = await http.PostAsync($"/api/disaster/v1/residents/{other}/safety", JsonContent("{\"status\":\"safe\"}"));
        using var anonymous = city.Host.CreateClient();
        var unsigned = await anonymous.GetAsync($"/api/disaster/v1/residents/{me}/evacuation");

        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        Assert.False(JsonNode.Parse(await own.Content.ReadAsStringAsync())!["registered"]!.GetValue<bool>());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, hers.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, nobody.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(WithoutTraceId(await hers.Content.ReadAsStringAsync()), WithoutTraceId(await nobody.Content.ReadAsStringAsync()));
    }

    private static int SafeIn(JsonArray summary, string district) =>
        summary.Single(d => d!["district"]!.GetValue<string>() == district)!["safe"]!.GetValue<int>();

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static string WithoutTraceId(string problem)
    {
        var node = JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }
}

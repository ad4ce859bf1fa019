using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityOs.Consent.Ledger;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Registry;
using CityOs.Host.Demo;
using CityOs.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Web.Tests.Office;

/// <summary>The office's API on the whole city after the heavy-rain exercise: aggregates only, roles enforced, bad input named.</summary>
/// <remarks>One collection with the other whole-city tests: two cities and a browser at once would starve a two-core machine.</remarks>
[Collection("office-city")]
public sealed class OfficeApiTests(OfficeCity city) : IClassFixture<OfficeCity>
{
    private static readonly string[] DashboardReads =
    [
        "/api/office/v1/overview", "/api/office/v1/districts", "/api/office/v1/kpi-metrics", "/api/office/v1/projects",
        "/api/disaster/v1/office/figures", "/api/mobility/v1/office/figures", "/api/childcare/v1/office/figures",
        "/api/consent/v1/office/figures", "/api/demo/v1/heavy-rain",
    ];

    [Fact]
    public async Task After_the_heavy_rain_demo_no_dashboard_answer_holds_a_name_address_phone_or_pseudonym()
    {
        var report = await DemoOnceAsync();
        using var office = await city.ClientForAsync(DemoAccounts.Office);
        var project = await RegisterAsync(office, Request());
        var bodies = new StringBuilder();
        foreach (var path in DashboardReads.Append($"/api/office/v1/projects/{project}").Append($"/api/office/v1/projects/{project}/report.csv"))
        {
            using var response = await office.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            bodies.Append(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())).Append('\n');
        }

        var text = bodies.ToString();
        var people = SyntheticRegistry.Generate(city.Host.Services.GetRequiredService<DistrictCatalogue>().All, OfficeCity.DemoResidents, 20261126);
        var registry = city.Host.Services.GetRequiredService<RegistryStore>();
        var pseudonyms = city.Host.Services.GetRequiredService<DistrictCatalogue>().All.SelectMany(d => registry.InDistrict(d.Code)).Select(r => r.Pseudonym).ToList();
        var subjects = (await city.Host.Services.GetRequiredService<DisclosureLedger>().FlaggedAsync(CancellationToken.None)).Select(e => e.SubjectRef).Distinct().ToList();

        // The search must have something to find: the demo really seeded people, pseudonyms and break-glass accesses.
        Assert.True(people.Count >= 150 && pseudonyms.Count >= 150 && subjects.Count > 0 && report.BreakGlassAccesses > 0,
            $"people {people.Count}, pseudonyms {pseudonyms.Count}, break-glass subjects {subjects.Count}");
        Assert.Contains("\"alertLevel\":5", text, StringComparison.Ordinal);
        foreach (var person in people)
        {
            Assert.DoesNotContain(person.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Name.Split(' ')[1], text, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Address, text, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Phone, text, StringComparison.Ordinal);
        }

        Assert.All(pseudonyms.Concat(subjects), p => Assert.DoesNotContain(p, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_overview_shows_the_demo_alert_levels_and_evacuation_progress()
    {
        var report = await DemoOnceAsync();
        using var analyst = await city.ClientForAsync(DemoAccounts.Analyst);

        using var overview = JsonDocument.Parse(await analyst.GetStringAsync("/api/office/v1/overview"));
        var root = overview.RootElement;
        var levels = root.GetProperty("disaster").GetProperty("districts").EnumerateArray()
            .ToDictionary(d => d.GetProperty("district").GetString()!, d => d.GetProperty("alertLevel").GetInt32());
        var evacuation = root.GetProperty("disaster").GetProperty("evacuation");

        Assert.Empty(root.GetProperty("unavailable").EnumerateArray());
        Assert.Equal(5, levels["natajima"]);
        Assert.Equal(4, levels["ogori"]);
        Assert.Equal(3, levels["odono"]);
        Assert.Equal(0, levels["ato"]);
        Assert.Equal(report.Affected, evacuation.GetProperty("affected").GetInt32());
        Assert.Equal(report.Guided, evacuation.GetProperty("guided").GetInt32());
        Assert.Equal(evacuation.GetProperty("guided").GetInt32(), evacuation.GetProperty("assisted").GetInt32() + evacuation.GetProperty("unassisted").GetInt32());
        Assert.True(root.GetProperty("consent").GetProperty("ledger").GetProperty("valid").GetBoolean());
        Assert.Contains(root.GetProperty("consent").GetProperty("optIn").EnumerateArray(), c => c.GetProperty("suppressed").GetBoolean());
        Assert.All(root.GetProperty("consent").GetProperty("optIn").EnumerateArray(), c =>
            Assert.True(c.GetProperty("suppressed").GetBoolean() || (c.GetProperty("consented").GetInt32() >= 10 && c.GetProperty("enrolled").GetInt32() - c.GetProperty("consented").GetInt32() >= 10)));
    }

    [Fact]
    public async Task Reads_need_an_office_role_and_registration_needs_the_office_itself()
    {
        using var anonymous = city.Host.CreateClient();
        using var staff = await city.ClientForAsync(DemoAccounts.Staff);
        using var analyst = await city.ClientForAsync(DemoAccounts.Analyst);

        foreach (var path in DashboardReads)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(path)).StatusCode);
        }

        using var refused = await analyst.PostAsJsonAsync("/api/office/v1/projects", Request());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/demo/v1/heavy-rain", new { residents = 100 })).StatusCode);
    }

    [Theory]
    [InlineData("end-before-start", "period.end")]
    [InlineData("unknown-district", "districts[1]")]
    [InlineData("target-missing", "kpis[0].target")]
    public async Task Bad_registrations_answer_400_naming_the_field(string mistake, string field)
    {
        using var office = await city.ClientForAsync(DemoAccounts.Office);
        var request = Request();
        object body = mistake switch
        {
            "end-before-start" => request with { Period = new { start = "2026-04-01", end = "2026-03-31" } },
            "unknown-district" => request with { Districts = ["ato", "atlantis"] },
            _ => request with { Kpis = [new { metric = "survey", nameJa = "不便を感じない市民の割合", unit = "%", baseline = 59.8 }] },
        };

        using var response = await office.PostAsJsonAsync("/api/office/v1/projects", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_project_measures_its_kpis_takes_survey_figures_and_exports_csv_with_a_bom()
    {
        await DemoOnceAsync();
        using var office = await city.ClientForAsync(DemoAccounts.Office);
        var id = await RegisterAsync(office, Request() with { Districts = ["ogori", "hirakawa", "natajima"] });

        using var survey = await office.PostAsJsonAsync($"/api/office/v1/projects/{id}/kpis/k1/values", new { value = 63.4, on = "2026-10-01" });
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        using var measuredKpi = await office.PostAsJsonAsync($"/api/office/v1/projects/{id}/kpis/k2/values", new { value = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, measuredKpi.StatusCode);
        using var measured = await office.PostAsync($"/api/office/v1/projects/{id}/measurements", null);
        using var view = JsonDocument.Parse(await measured.Content.ReadAsStringAsync());
        var kpis = view.RootElement.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("id").GetString()!);

        Assert.Equal(63.4, kpis["k1"].GetProperty("latest").GetDouble());
        Assert.Equal(50, kpis["k1"].GetProperty("progressPercent").GetDouble());
        Assert.Equal(2, kpis["k2"].GetProperty("series").GetArrayLength());
        Assert.InRange(kpis["k2"].GetProperty("latest").GetDouble(), 0, 100);

        var csv = await office.GetByteArrayAsync($"/api/office/v1/projects/{id}/report.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains("日常の移動に不便を感じない市民の割合", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    private sealed record RegistrationBody(string NameJa, IReadOnlyList<string> Districts, object Period, IReadOnlyList<string> Services, IReadOnlyList<string> Partners, IReadOnlyList<object> Kpis);

    private static RegistrationBody Request() => new(
        "小郡・平川 避難支援と移動の実証",
        ["ogori", "hirakawa"],
        new { start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30).ToString("yyyy-MM-dd"), end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(300).ToString("yyyy-MM-dd") },
        ["disaster", "mobility"],
        ["山口デマンド交通（デモ）"],
        [
            new { metric = "survey", nameJa = "日常の移動に不便を感じない市民の割合", unit = "%", baseline = 59.8, target = 67 },
            new { metric = "disaster.confirmed-plan-share", baseline = 30, target = 80 },
        ]);

    private static async Task<string> RegisterAsync(HttpClient office, object body)
    {
        using var response = await office.PostAsJsonAsync("/api/office/v1/projects", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static readonly SemaphoreSlim DemoGate = new(1, 1);

    /// <summary>The exercise runs once per host; every test that needs it waits for that one run.</summary>
    private async Task<DemoReport> DemoOnceAsync()
    {
        await DemoGate.WaitAsync();
        try
        {
            using var analyst = await city.ClientForAsync(DemoAccounts.Analyst);
            var status = await analyst.GetFromJsonAsync<DemoApi.DemoStatus>("/api/demo/v1/heavy-rain");
            return status!.State == "idle" ? await city.RunHeavyRainAsync() : await OfficeCity.WaitForDemoAsync(analyst);
        }
        finally
        {
            DemoGate.Release();
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Tests.Support;

namespace CityOs.Disaster.Tests;

public sealed class RegistryApiTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Import_takes_the_good_rows_refuses_bad_ones_by_line_and_sends_no_refused_person_to_the_vault()
    {
        await using var city = new DisasterCity(output);
        const string csv = """
            name,birth_date,address,phone,district,needs,care_level
            原田 ハナ,1945-04-01,山口市阿東徳佐中3001,083-956-1234,ato,wheelchair,care-3
            藤井 タケシ,1954-13-20,山口市小郡下郷9876,090-1111-2222,ogori,hearing,none
            田中 ヨシ,1940-08-15,山口市徳地堀1,0835-52-0000,tokuji,bedridden,care-5
            山本 サクラ,1989-05-05,山口市大内矢田北5-4-3,080-3333-4444,ouchi,infant-care,unknown
            """;

        var response = await city.Staff.PostAsync("/api/disaster/v1/registry/import?staffId=staff-1", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = await response.Content.ReadFromJsonAsync<ImportReport>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((4, 2, 2), (report!.RowsRead, report.Imported, report.Refused));
        Assert.Equal([(3, "birth_date"), (5, "care_level")], report.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal(2, city.Get<RegistryStore>().Count);

        // The refused person is unknown to Consent: enrolling them now is a first enrolment.
        var vault = await city.Counter.PostAsJsonAsync("/api/consent/v1/residents", new { name = "山本 サクラ", birthDate = "1989-05-05", address = "-", district = "ouchi", enrolledVia = "counter", staffId = "staff-1" });
        Assert.False((await vault.Content.ReadFromJsonAsync<JsonObject>())!["alreadyEnrolled"]!.GetValue<bool>());
        var log = string.Join('\n', city.Host.LogLines);
        Assert.DoesNotContain("原田", log);
        Assert.DoesNotContain("083-956-1234", log);
    }

    [Fact]
    public async Task Staff_enrol_one_resident_and_get_field_errors_or_a_conflict_for_a_second_enrolment()
    {
        await using var city = new DisasterCity(output);
        var body = new { name = "原田 ハナ", birthDate = "1945-04-01", address = "山口市阿東1", district = "ato", needs = new[] { "wheelchair" }, careLevel = "care-3", staffId = "staff-1" };

        var created = await city.Staff.PostAsJsonAsync("/api/disaster/v1/registry", body);
        var again = await city.Staff.PostAsJsonAsync("/api/disaster/v1/registry", body);
        var bad = await city.Staff.PostAsJsonAsync("/api/disaster/v1/registry", new { name = "", birthDate = "1945/04/01", address = "x", district = "nowhere", needs = new[] { "flying" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var registered = await created.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Null(registered!["name"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["birthDate", "district", "name", "needs"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}

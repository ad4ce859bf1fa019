using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Mobility.Tests.Support;

namespace CityOs.Mobility.Tests;

public sealed class GtfsApiTests(ITestOutputHelper output)
{
    private const string Gtfs = "/api/mobility/v1/gtfs";

    private static MultipartFormDataContent Upload(byte[] zip)
    {
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { file, "feed", "feed.zip" } };
    }

    [Fact]
    public async Task Feed_upload_is_refused_without_staff_sign_in()
    {
        await using var plain = new ServiceFactory<MobilityEntryPoint>(new Dictionary<string, string?> { ["Bus:Transport"] = "InMemory" }, output);
        var response = await plain.CreateClient().PostAsync(Gtfs, Upload(SampleFeed.Zip(SampleFeed.Files())));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Sign-in required / サインインが必要です", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        await using var host = new MobilityHost(output, seed: false);
        using var analyst = host.SignedIn(() => SharedGateway.StaffTokenAsync(DemoAccounts.Analyst));
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync(Gtfs, Upload(SampleFeed.Zip(SampleFeed.Files())))).StatusCode);
    }

    [Fact]
    public async Task Staff_upload_imports_the_feed_and_serves_its_stops_and_routes()
    {
        await using var host = new MobilityHost(output, seed: false);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync(Gtfs)).StatusCode);
        Assert.Equal(0, (await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/stops")).GetArrayLength());

        using var staff = host.StaffHttp();
        var response = await staff.PostAsync(Gtfs, Upload(SampleFeed.Zip(SampleFeed.Files())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("imported").GetBoolean());
        Assert.Equal(856, report.GetProperty("counts").GetProperty("stopTimes").GetInt32());
        Assert.Equal(16, (await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/stops")).GetArrayLength());
        var routes = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/routes");
        Assert.Equal(["r1", "r20", "r30"], routes.EnumerateArray().Select(r => r.GetProperty("routeId").GetString()));
        Assert.Equal("Tokuji Line (Yamaguchi Sta. – Tokuji)", routes[1].GetProperty("longNameEn").GetString());
        var stop = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/stops/tokuji_shisho");
        Assert.Equal(("徳地総合支所前", "Tokuji Branch Office"), (stop.GetProperty("name").GetString(), stop.GetProperty("nameEn").GetString()));

        // The same bytes again, as a raw zip body this time: nothing to do.
        var again = await staff.PostAsync(Gtfs, new ByteArrayContent(SampleFeed.Zip(SampleFeed.Files())) { Headers = { ContentType = new("application/zip") } });
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetBoolean());
    }

    [Fact]
    public async Task A_rejected_upload_lists_file_line_and_reason_and_leaves_the_feed_in_use_untouched()
    {
        await using var host = new MobilityHost(output);
        var before = await host.Http.GetFromJsonAsync<JsonElement>(Gtfs);
        var files = SampleFeed.Files();
        files["stop_times.txt"] = SampleFeed.SetCell(files["stop_times.txt"], 17, "arrival_time", "25:6x:00");
        files["stops.txt"] = SampleFeed.SetCell(files["stops.txt"], 2, "stop_name", "壊れた停留所");
        using var staff = host.StaffHttp();

        var response = await staff.PostAsync(Gtfs, Upload(SampleFeed.Zip(files)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["stop_times.txt:17: arrival_time '25:6x:00' is not HH:MM:SS"], problem.GetProperty("errors").GetProperty("stop_times.txt").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        var after = await host.Http.GetFromJsonAsync<JsonElement>(Gtfs);
        Assert.Equal(before.GetProperty("version").GetString(), after.GetProperty("version").GetString());
        Assert.Equal("県庁前", (await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/stops/kencho_mae")).GetProperty("name").GetString());

        var notZip = await staff.PostAsync(Gtfs, new ByteArrayContent("stop_id,stop_name\n"u8.ToArray()) { Headers = { ContentType = new("application/zip") } });
        Assert.Equal(HttpStatusCode.BadRequest, notZip.StatusCode);
        Assert.Contains("the upload is not a zip archive", await notZip.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Seed_feed_is_imported_at_start_up_and_a_new_upload_replaces_it()
    {
        await using var host = new MobilityHost(output);
        var seeded = await host.Http.GetFromJsonAsync<JsonElement>(Gtfs);
        Assert.Equal(120, seeded.GetProperty("counts").GetProperty("trips").GetInt32());
        Assert.Equal("2026.04-sample-1", seeded.GetProperty("publisherVersion").GetString());

        var files = SampleFeed.Files();
        files["stops.txt"] = SampleFeed.SetCell(files["stops.txt"], 2, "stop_name", "山口県庁前");
        using var staff = host.StaffHttp();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(Gtfs, Upload(SampleFeed.Zip(files)))).StatusCode);

        var current = await host.Http.GetFromJsonAsync<JsonElement>(Gtfs);
        Assert.Equal(seeded.GetProperty("version").GetString(), current.GetProperty("previous").GetString());
        Assert.Equal("山口県庁前", (await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/stops/kencho_mae")).GetProperty("name").GetString());
    }
}

using CityOs.Mobility.Tests.Support;
using CityOs.Mobility.Transit.Gtfs;

namespace CityOs.Mobility.Tests;

public sealed class GtfsImportTests
{
    private static GtfsReadResult Read(IReadOnlyDictionary<string, string> files, string? zipFolder = null)
    {
        var issues = new GtfsIssues();
        var source = GtfsSource.FromZip(new MemoryStream(SampleFeed.Zip(files, zipFolder)), issues);
        Assert.NotNull(source);
        return GtfsFeedReader.Read(source);
    }

    private static Dictionary<string, string> Sample(string file, Func<string, string> change)
    {
        var files = SampleFeed.Files();
        files[file] = change(files[file]);
        return files;
    }

    [Fact]
    public void Sample_feed_reads_whole_with_Japanese_English_and_kana_names()
    {
        var result = Read(SampleFeed.Files());

        Assert.Empty(result.Issues.Errors);
        var feed = result.Feed!;
        Assert.Equal((3, 120, 16, 856), (feed.Routes.Count, feed.Trips.Count, feed.Stops.Count, result.StopTimeCount));
        var yuda = feed.Stops.Single(s => s.StopId == "yuda_onsen");
        Assert.Equal(("湯田温泉", "Yuda Onsen", "ゆだおんせん"), (yuda.Name, yuda.NameEn, yuda.NameKana));
        // A pole shares its station's name and is translated by that value, as GTFS-JP feeds do.
        var pole = feed.Stops.Single(s => s.StopId == "yamaguchi_sta_1");
        Assert.Equal(("山口駅", "Yamaguchi Station", "yamaguchi_sta", "1"), (pole.Name, pole.NameEn, pole.ParentStation, pole.PlatformCode));
        var route = feed.Routes.Single(r => r.RouteId == "r1");
        Assert.Equal("Yamaguchi Sta. – Yuda Onsen – Shin-Yamaguchi Sta. Line", route.LongNameEn);
        Assert.Equal(("県庁前", "山口駅・湯田温泉", "新山口駅"), (route.Origin, route.Via, route.Destination));
        var trip = feed.Trips.Single(t => t.TripId == "r1-wd-out-0800");
        Assert.Equal(("新山口駅", "Shin-Yamaguchi Sta.", "yamaguchi"), (trip.Headsign, trip.HeadsignEn, trip.OfficeId));
        Assert.Equal("やまぐち市民バス株式会社（架空）", feed.Agencies.Single().OfficialName);
        Assert.Equal("2026.04-sample-1", feed.PublisherVersion);
    }

    [Fact]
    public void GTFS_JP_extras_are_imported_and_unknown_files_accepted_without_failing()
    {
        var files = SampleFeed.Files();
        files["fare_attributes.txt"] = "fare_id,price,currency_type,payment_method,transfers\nf1,220,JPY,0,0\n";
        files["pattern_jp.txt"] = "jp_pattern_id,route_update_date\np1,20260401\n";
        files["notes.txt"] = "anything at all, even \"unbalanced\n";

        var result = Read(files, zipFolder: "yamaguchi-gtfs-jp");

        Assert.Empty(result.Issues.Errors);
        Assert.Contains("office_jp.txt", result.FilesImported);
        Assert.Contains("routes_jp.txt", result.FilesImported);
        Assert.Contains("agency_jp.txt", result.FilesImported);
        Assert.Equal(["fare_attributes.txt", "notes.txt", "pattern_jp.txt"], result.FilesIgnored);
        Assert.Equal(2, result.Feed!.Offices.Count);
    }

    [Fact]
    public void Times_past_midnight_belong_to_the_service_day_they_started_on()
    {
        var trip = Read(SampleFeed.Files()).Feed!.Trips.Single(t => t.TripId == "r1-wd-in-2350");

        Assert.Equal(24 * 3600 + 34 * 60, trip.StopTimes[^1].Arrival);
        Assert.Equal("24:34:00", GtfsTime.Format(trip.StopTimes[^1].Arrival));
    }

    [Fact]
    public void Old_GTFS_JP_translations_by_text_are_understood()
    {
        var files = SampleFeed.Files();
        files["translations.txt"] = "trans_id,lang,translation\n湯田温泉,en,Yuda Hot Spring\n";

        var stop = Read(files).Feed!.Stops.Single(s => s.StopId == "yuda_onsen");

        Assert.Equal("Yuda Hot Spring", stop.NameEn);
    }

    [Fact]
    public void Stops_between_timepoints_get_interpolated_times()
    {
        var files = Sample("stop_times.txt", t => SampleFeed.SetCell(SampleFeed.SetCell(t, 3, "arrival_time", ""), 3, "departure_time", ""));

        var call = Read(files).Feed!.Trips.Single(t => t.TripId == "r1-wd-out-0630").StopTimes[1];

        // Between 06:30 (first stop) and 06:38 (third): half way.
        Assert.Equal((6 * 3600 + 34 * 60, true), (call.Arrival, call.Interpolated));
    }

    public static TheoryData<string, string, Func<string, string>?, string> Malformed => new()
    {
        { "bad time", "stop_times.txt", t => SampleFeed.SetCell(t, 17, "arrival_time", "25:6x:00"), "stop_times.txt:17: arrival_time '25:6x:00' is not HH:MM:SS" },
        { "time going back", "stop_times.txt", t => SampleFeed.SetCell(t, 4, "arrival_time", "06:20:00"),
            "stop_times.txt:4: arrival_time 06:20:00 is before the previous stop's departure 06:34:00 in trip 'r1-wd-out-0630'" },
        { "missing file", "stops.txt", null, "stops.txt: required file is missing" },
        { "missing column", "stop_times.txt", t => SampleFeed.DropColumn(t, "stop_sequence"), "stop_times.txt:1: required column 'stop_sequence' is missing" },
        { "trip to route", "trips.txt", t => SampleFeed.SetCell(t, 2, "route_id", "r9"), "trips.txt:2: route_id 'r9' does not exist in routes.txt" },
        { "trip to service", "trips.txt", t => SampleFeed.SetCell(t, 3, "service_id", "holiday"),
            "trips.txt:3: service_id 'holiday' does not exist in calendar.txt or calendar_dates.txt" },
        { "stop time to stop", "stop_times.txt", t => SampleFeed.SetCell(t, 5, "stop_id", "nowhere"), "stop_times.txt:5: stop_id 'nowhere' does not exist in stops.txt" },
        { "stop time to trip", "stop_times.txt", t => SampleFeed.SetCell(t, 9, "trip_id", "ghost"), "stop_times.txt:9: trip_id 'ghost' does not exist in trips.txt" },
        { "stop time at a station", "stop_times.txt", t => SampleFeed.SetCell(t, 4, "stop_id", "yamaguchi_sta"),
            "stop_times.txt:4: stop_id 'yamaguchi_sta' is a station or entrance; a trip calls at a stop or pole (location_type 0)" },
        { "latitude", "stops.txt", t => SampleFeed.SetCell(t, 2, "stop_lat", "95.1"), "stops.txt:2: stop_lat '95.1' is not a number from -90 to 90" },
        { "duplicate id", "stops.txt", t => SampleFeed.SetCell(t, 3, "stop_id", "kencho_mae"), "stops.txt:3: stop_id 'kencho_mae' is duplicated (first on line 2)" },
        { "open quote", "stops.txt", t => SampleFeed.SetCell(t, 3, "stop_name", "\"米屋町"), "stops.txt:3: a quoted value is never closed" },
        { "field count", "routes.txt", t => SampleFeed.ReplaceLine(t, 3, "r20,8000020352012,20,徳地線,,3,,2E7D32,FFFFFF"),
            "routes.txt:3: expected 10 fields as in the header, found 9" },
        { "date", "calendar.txt", t => SampleFeed.SetCell(t, 2, "start_date", "2026-04-01"), "calendar.txt:2: start_date '2026-04-01' is not a date YYYYMMDD" },
        { "route type", "routes.txt", t => SampleFeed.SetCell(t, 2, "route_type", "bus"), "routes.txt:2: route_type 'bus' is not a whole number from 0 to 1702" },
        { "time zone", "agency.txt", t => SampleFeed.SetCell(t, 2, "agency_timezone", "Asia/Yamaguchi"), "agency.txt:2: agency_timezone 'Asia/Yamaguchi' is not a known IANA time zone" },
        { "GTFS-JP reference", "routes_jp.txt", t => SampleFeed.SetCell(t, 2, "route_id", "r99"), "routes_jp.txt:2: route_id 'r99' does not exist in routes.txt" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_feed_is_rejected_naming_file_line_and_reason(string kind, string file, Func<string, string>? change, string expected)
    {
        var files = SampleFeed.Files();
        if (change is null)
        {
            files.Remove(file);
        }
        else
        {
            files[file] = change(files[file]);
        }

        var result = Read(files);

        Assert.True(result.Feed is null, kind);
        Assert.Contains(expected, result.Issues.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_feed_without_any_calendar_is_rejected()
    {
        var files = SampleFeed.Files();
        files.Remove("calendar.txt");
        files.Remove("calendar_dates.txt");

        Assert.Contains("calendar.txt: required file is missing (calendar.txt or calendar_dates.txt must be present)", Read(files).Issues.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Quoted_values_with_commas_quotes_and_line_breaks_keep_line_numbers_right()
    {
        var issues = new GtfsIssues();
        var table = GtfsCsv.Parse("stops.txt", "stop_id,stop_name\r\na,\"Say \"\"hi\"\", ok\"\r\nb,\"two\nlines\"\r\nc,x\r\n", issues);

        Assert.Empty(issues.Errors);
        Assert.Equal(["Say \"hi\", ok", "two\nlines", "x"], table!.Records.Select(r => r["stop_name"]));
        Assert.Equal([2, 3, 5], table.Records.Select(r => r.Line));
    }
}

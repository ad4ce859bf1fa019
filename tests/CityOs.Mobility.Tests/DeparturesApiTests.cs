using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Contracts.Sensors;

namespace CityOs.Mobility.Tests;

public sealed class DeparturesApiTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static async Task<JsonElement> BoardAsync(MobilityHost host, string stopId, string? at = null) =>
        await host.Http.GetFromJsonAsync<JsonElement>($"/api/mobility/v1/stops/{stopId}/departures{(at is null ? "" : $"?at={Uri.EscapeDataString(at)}")}");

    private static IEnumerable<(string? TripId, DateTimeOffset Scheduled)> Departures(JsonElement board) =>
        board.GetProperty("departures").EnumerateArray().Select(d => (d.GetProperty("tripId").GetString(), d.GetProperty("scheduledDeparture").GetDateTimeOffset()));

    [Fact]
    public async Task A_station_lists_the_next_buses_from_all_its_poles_with_names_in_Japanese_and_English()
    {
        await using var host = new MobilityHost(output);

        var board = await BoardAsync(host, "yamaguchi_sta", "2026-11-26T08:00:00+09:00");

        Assert.Equal(("山口駅", "Yamaguchi Station"), (board.GetProperty("stopName").GetString(), board.GetProperty("stopNameEn").GetString()));
        Assert.Equal(
            [("r1-wd-out-0800", new DateTimeOffset(2026, 11, 26, 8, 9, 0, Jst)), ("r1-wd-in-0745", new DateTimeOffset(2026, 11, 26, 8, 21, 0, Jst)),
             ("r1-wd-out-0830", new DateTimeOffset(2026, 11, 26, 8, 39, 0, Jst))],
            Departures(board).Take(3));
        var first = board.GetProperty("departures")[0];
        Assert.Equal("山口駅・湯田温泉・新山口駅線", first.GetProperty("routeName").GetString());
        Assert.Equal("Yamaguchi Sta. – Yuda Onsen – Shin-Yamaguchi Sta. Line", first.GetProperty("routeNameEn").GetString());
        Assert.Equal(("新山口駅", "Shin-Yamaguchi Sta.", "1"), (first.GetProperty("headsign").GetString(), first.GetProperty("headsignEn").GetString(), first.GetProperty("platformCode").GetString()));
        Assert.False(first.GetProperty("realtime").GetBoolean());
        // Buses ending here (the Tokuji and Ato lines inbound) are no departures.
        Assert.DoesNotContain(Departures(board), d => d.TripId!.StartsWith("r20-wd-in", StringComparison.Ordinal));
        Assert.Contains(Departures(await BoardAsync(host, "yamaguchi_sta", "2026-11-26T09:00:00+09:00")), d => d.TripId == "r20-wd-out-1010");
    }

    [Fact]
    public async Task A_bus_reporting_its_position_gives_an_estimated_time_and_a_bus_that_has_left_is_gone()
    {
        var now = new DateTimeOffset(2026, 11, 26, 8, 9, 0, Jst);
        await using var host = new MobilityHost(output, now: now);
        // Half way from Komeyacho (08:04) to Yamaguchi Station (08:08) at 08:09: three minutes late.
        await host.PublishAsync(new VehiclePositionObserved
        {
            ReadingId = "obu-101-1", VehicleId = "bus-101", DeviceId = "obu-101", Latitude = (34.1790 + 34.1727) / 2, Longitude = (131.4757 + 131.4795) / 2,
            SpeedKmh = 20, HeadingDegrees = 160, ObservedAt = now, TripId = "r1-wd-out-0800",
        });

        var departure = (JsonElement)await Eventually.Until<object>(async () =>
        {
            var board = await BoardAsync(host, "yamaguchi_sta_1", "2026-11-26T08:08:00+09:00");
            var realtime = board.GetProperty("departures").EnumerateArray().Where(d => d.GetProperty("realtime").GetBoolean()).ToList();
            return realtime.Count > 0 ? realtime[0] : null;
        }, TimeSpan.FromSeconds(15), "a realtime departure");

        Assert.Equal("r1-wd-out-0800", departure.GetProperty("tripId").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 9, 0, Jst), departure.GetProperty("scheduledDeparture").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 12, 0, Jst), departure.GetProperty("estimatedDeparture").GetDateTimeOffset());
        Assert.Equal((180, "bus-101"), (departure.GetProperty("delaySeconds").GetInt32(), departure.GetProperty("vehicleId").GetString()));
        // Komeyacho is behind that bus already: its 08:04 call is no longer offered, even to someone asking at 08:00.
        Assert.DoesNotContain(Departures(await BoardAsync(host, "komeyacho", "2026-11-26T08:00:00+09:00")), d => d.TripId == "r1-wd-out-0800");
    }

    [Fact]
    public async Task After_midnight_the_last_bus_of_the_previous_service_day_is_still_listed()
    {
        await using var host = new MobilityHost(output);

        var board = await BoardAsync(host, "yuda_onsen", "2026-11-27T00:05:00+09:00");

        Assert.Equal(("r1-wd-in-2350", new DateTimeOffset(2026, 11, 27, 0, 17, 0, Jst)), Departures(board).First());
    }

    [Theory]
    [InlineData("2026-11-28T08:00:00", "r1-we-out-0800")] // Saturday, local time without offset
    [InlineData("2026-11-23T06:40:00+09:00", "r1-we-out-0700")] // Labour Thanksgiving Day, a Monday: weekend timetable
    [InlineData("2026-11-24T06:40:00+09:00", "r1-wd-out-0700")] // the Tuesday after: weekday timetable
    public async Task Weekends_and_holidays_run_their_own_timetable(string at, string firstTrip)
    {
        await using var host = new MobilityHost(output);

        Assert.Equal(firstTrip, Departures(await BoardAsync(host, "kencho_mae", at)).First().TripId);
    }

    [Fact]
    public async Task Unknown_stops_and_unreadable_times_are_answered_as_problems()
    {
        await using var host = new MobilityHost(output);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/mobility/v1/stops/nowhere/departures")).StatusCode);
        var bad = await host.Http.GetAsync("/api/mobility/v1/stops/kencho_mae/departures?at=tomorrow-ish");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("at", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/api/mobility/v1/stops/kencho_mae/departures?limit=500")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using CityOs.Contracts.Sensors;
using CityOs.Mobility.Tests.Support;
using CityOs.Mobility.Transit.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Mobility.Tests;

/// <summary>Field numbers below are those of the official gtfs-realtime.proto; the feed is decoded without the service's generated classes.</summary>
public sealed class GtfsRealtimeTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 15, 0, TimeSpan.FromHours(9));

    // FeedMessage, FeedHeader, FeedEntity
    private const int Header = 1, Entity = 2, Version = 1, Incrementality = 2, HeaderTimestamp = 3, EntityId = 1, TripUpdateField = 3, VehicleField = 4;

    // VehiclePosition, Position, TripDescriptor, VehicleDescriptor
    private const int VpTrip = 1, VpPosition = 2, VpStopSequence = 3, VpStatus = 4, VpTimestamp = 5, VpStopId = 7, VpVehicle = 8;
    private const int Latitude = 1, Longitude = 2, Bearing = 3, Speed = 5;
    private const int TripId = 1, StartTime = 2, StartDate = 3, RouteId = 5, DirectionId = 6, VehicleId = 1;

    // TripUpdate, StopTimeUpdate, StopTimeEvent
    private const int TuTrip = 1, TuStopTimeUpdate = 2, TuVehicle = 3, TuTimestamp = 4, TuDelay = 5;
    private const int StuSequence = 1, StuArrival = 2, StuDeparture = 3, StuStopId = 4, EventDelay = 1, EventTime = 2;

    private static VehiclePositionObserved Fix(string vehicle, double lat, double lon, DateTimeOffset at, string? trip = null, string? reading = null) => new()
    {
        ReadingId = reading ?? $"{vehicle}-{at.ToUnixTimeSeconds()}",
        VehicleId = vehicle,
        DeviceId = $"obu-{vehicle}",
        Latitude = lat,
        Longitude = lon,
        SpeedKmh = 36,
        HeadingDegrees = 235,
        ObservedAt = at,
        TripId = trip,
    };

    private static async Task<ProtoMessage> FeedAsync(MobilityHost host, string feed, int entities)
    {
        byte[]? bytes = null;
        await Eventually.True(async () =>
        {
            var response = await host.Http.GetAsync($"/api/mobility/v1/gtfs-rt/{feed}");
            Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
            bytes = await response.Content.ReadAsByteArrayAsync();
            return ProtoMessage.Parse(bytes).Messages(Entity).Count == entities;
        }, TimeSpan.FromSeconds(15), $"{entities} entities in {feed}");
        return ProtoMessage.Parse(bytes!);
    }

    private static async Task PublishFleetAsync(MobilityHost host)
    {
        using var staff = host.StaffHttp();
        var assigned = await staff.PutAsJsonAsync("/api/mobility/v1/vehicles/bus-202/assignment", new { tripId = "r30-wd-out-0730" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        // Half way from Yamaguchi Station (dep 08:09) to Yuda Onsen (arr 08:17) at 08:15: due at 08:13, so 2 minutes late.
        await host.PublishAsync(Fix("bus-101", (34.1727 + 34.1606) / 2, (131.4795 + 131.4565) / 2, Now, trip: "r1-wd-out-0800"));
        // Standing at Chomonkyo (due 08:08) at 08:15, trip known only from the operator's assignment: 7 minutes late.
        await host.PublishAsync(Fix("bus-202", 34.2960, 131.5700, Now));
        // A trip the feed does not know: the position is still published, without a trip.
        await host.PublishAsync(Fix("bus-303", 34.17, 131.47, Now, trip: "charter-1"));
        // Silent for 25 minutes: left out.
        await host.PublishAsync(Fix("bus-404", 34.17, 131.47, Now.AddMinutes(-25), trip: "r1-wd-out-0730"));
    }

    [Fact]
    public async Task Vehicle_positions_feed_decodes_to_the_fixes_with_trip_stop_and_status()
    {
        await using var host = new MobilityHost(output, now: Now);
        await PublishFleetAsync(host);

        var feed = await FeedAsync(host, "vehicle-positions", 3);

        var header = feed.Message(Header);
        Assert.Equal("2.0", header.String(Version));
        Assert.Equal(0UL, header.Varint(Incrementality));
        Assert.Equal((ulong)Now.ToUnixTimeSeconds(), header.Varint(HeaderTimestamp));
        var vehicles = feed.Messages(Entity).ToDictionary(e => e.String(EntityId), e => e.Message(VehicleField));
        Assert.Equal(["vehicle-bus-101", "vehicle-bus-202", "vehicle-bus-303"], vehicles.Keys.Order());

        var bus101 = vehicles["vehicle-bus-101"];
        Assert.Equal("bus-101", bus101.Message(VpVehicle).String(VehicleId));
        var trip = bus101.Message(VpTrip);
        Assert.Equal(("r1-wd-out-0800", "r1", "20261126", "08:00:00", 0UL),
            (trip.String(TripId), trip.String(RouteId), trip.String(StartDate), trip.String(StartTime), trip.Varint(DirectionId)));
        var position = bus101.Message(VpPosition);
        Assert.Equal(34.16665f, position.Float(Latitude), 0.0001f);
        Assert.Equal(131.468f, position.Float(Longitude), 0.0001f);
        Assert.Equal(235f, position.Float(Bearing));
        Assert.Equal(10f, position.Float(Speed), 0.001f);
        Assert.Equal((4UL, "yuda_onsen", 2UL), (bus101.Varint(VpStopSequence), bus101.String(VpStopId), bus101.Varint(VpStatus)));
        Assert.Equal((ulong)Now.ToUnixTimeSeconds(), bus101.Varint(VpTimestamp));

        var bus202 = vehicles["vehicle-bus-202"];
        Assert.Equal("r30-wd-out-0730", bus202.Message(VpTrip).String(TripId));
        Assert.Equal((3UL, "chomonkyo", 1UL), (bus202.Varint(VpStopSequence), bus202.String(VpStopId), bus202.Varint(VpStatus)));

        Assert.False(vehicles["vehicle-bus-303"].Has(VpTrip));
        Assert.True(vehicles["vehicle-bus-303"].Has(VpPosition));
    }

    [Fact]
    public async Task Trip_updates_feed_carries_each_trips_delay_to_the_stops_ahead()
    {
        await using var host = new MobilityHost(output, now: Now);
        await PublishFleetAsync(host);

        var feed = await FeedAsync(host, "trip-updates", 2);

        var updates = feed.Messages(Entity).Select(e => e.Message(TripUpdateField)).ToDictionary(u => u.Message(TuTrip).String(TripId));
        var r1 = updates["r1-wd-out-0800"];
        Assert.Equal(120, r1.Signed(TuDelay));
        Assert.Equal("bus-101", r1.Message(TuVehicle).String(VehicleId));
        Assert.Equal((ulong)Now.ToUnixTimeSeconds(), r1.Varint(TuTimestamp));
        var ahead = r1.Messages(TuStopTimeUpdate);
        Assert.Equal([4UL, 5UL, 6UL, 7UL, 8UL], ahead.Select(s => s.Varint(StuSequence)));
        Assert.Equal("yuda_onsen", ahead[0].String(StuStopId));
        var arrival = ahead[0].Message(StuArrival);
        Assert.Equal(120, arrival.Signed(EventDelay));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 19, 0, TimeSpan.FromHours(9)).ToUnixTimeSeconds(), arrival.Signed(EventTime));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 46, 0, TimeSpan.FromHours(9)).ToUnixTimeSeconds(), ahead[^1].Message(StuDeparture).Signed(EventTime));

        var r30 = updates["r30-wd-out-0730"];
        Assert.Equal(420, r30.Signed(TuDelay));
        Assert.Equal(["chomonkyo", "ato_shisho"], r30.Messages(TuStopTimeUpdate).Select(s => s.String(StuStopId)));
    }

    [Fact]
    public async Task A_bus_ahead_of_time_shows_a_negative_delay_and_redelivered_or_late_readings_change_nothing()
    {
        await using var host = new MobilityHost(output, now: Now);
        // At Yuda Onsen (due 08:17) already at 08:15: two minutes early.
        await host.PublishAsync(Fix("bus-101", 34.1606, 131.4565, Now, trip: "r1-wd-out-0800", reading: "obu-101-7"));
        var first = await FeedAsync(host, "trip-updates", 1);
        Assert.Equal(-120, first.Messages(Entity)[0].Message(TripUpdateField).Signed(TuDelay));

        var recorder = host.Services.GetRequiredService<VehiclePositionRecorder>();
        Assert.False(await recorder.RecordAsync(Fix("bus-101", 34.1440, 131.4500, Now, trip: "r1-wd-out-0800", reading: "obu-101-7"), default));
        Assert.True(await recorder.RecordAsync(Fix("bus-101", 34.1440, 131.4500, Now.AddMinutes(-5), trip: "r1-wd-out-0800", reading: "obu-101-6"), default));

        var update = (await FeedAsync(host, "trip-updates", 1)).Messages(Entity)[0].Message(TripUpdateField);
        Assert.Equal(-120, update.Signed(TuDelay));
        Assert.Equal("yuda_onsen", update.Messages(TuStopTimeUpdate)[0].String(StuStopId));
    }

    [Fact]
    public async Task Feeds_can_be_read_as_JSON_for_debugging()
    {
        await using var host = new MobilityHost(output, now: Now);
        await PublishFleetAsync(host);
        await FeedAsync(host, "vehicle-positions", 3);

        var response = await host.Http.GetAsync("/api/mobility/v1/gtfs-rt/vehicle-positions?format=json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"gtfsRealtimeVersion\": \"2.0\"", json);
        Assert.Contains("\"tripId\": \"r1-wd-out-0800\"", json);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/api/mobility/v1/gtfs-rt/trip-updates?format=xml")).StatusCode);
    }
}

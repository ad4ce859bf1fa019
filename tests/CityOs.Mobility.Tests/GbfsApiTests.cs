using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Contracts.Sensors;
using CityOs.Mobility.Cycles;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Mobility.Tests;

public sealed class GbfsApiTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(9));

    private static CycleDockObserved Reading(string id, string dock, int bikes, int free, DateTimeOffset at) => new()
    {
        ReadingId = id, DockId = dock, DeviceId = $"dock-{dock}", BikesAvailable = bikes, DocksFree = free, ObservedAt = at,
    };

    [Fact]
    public async Task Station_information_lists_the_dock_catalogue_in_GBFS_shape()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);

        var feed = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/gbfs/station_information.json");

        Assert.Equal(("2.3", Now.ToUnixTimeSeconds()), (feed.GetProperty("version").GetString(), feed.GetProperty("last_updated").GetInt64()));
        var stations = feed.GetProperty("data").GetProperty("stations").EnumerateArray().ToDictionary(s => s.GetProperty("station_id").GetString()!);
        Assert.Equal(7, stations.Count);
        var campus = stations["yamaguchi-univ"];
        Assert.Equal(("山口大学 吉田キャンパス", 30, "hirakawa"), (campus.GetProperty("name").GetString(), campus.GetProperty("capacity").GetInt32(), campus.GetProperty("region_id").GetString()));
        Assert.Equal(34.149, campus.GetProperty("lat").GetDouble(), 3);

        var discovery = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/gbfs/gbfs.json");
        Assert.Equal("http://localhost/api/mobility/v1/gbfs/station_status.json",
            discovery.GetProperty("data").GetProperty("ja").GetProperty("feeds")[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Station_status_reports_the_latest_dock_counters_once_each()
    {
        await using var host = new MobilityHost(output, seed: false, now: Now);
        await host.PublishAsync(Reading("r-1", "yamaguchi-univ", 12, 18, Now.AddMinutes(-1)));
        await host.PublishAsync(Reading("r-2", "shin-yamaguchi-sta", 3, 22, Now.AddMinutes(-2)));
        await host.PublishAsync(Reading("r-x", "not-in-catalogue", 1, 1, Now));

        var status = (JsonElement)await Eventually.Until<object>(async () =>
        {
            var feed = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/gbfs/station_status.json");
            return feed.GetProperty("data").GetProperty("stations").GetArrayLength() == 2 ? feed : null;
        }, TimeSpan.FromSeconds(15), "two stations with status");

        Assert.Equal((60, "2.3"), (status.GetProperty("ttl").GetInt32(), status.GetProperty("version").GetString()));
        var campus = status.GetProperty("data").GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("station_id").GetString() == "yamaguchi-univ");
        Assert.Equal((12, 18), (campus.GetProperty("num_bikes_available").GetInt32(), campus.GetProperty("num_docks_available").GetInt32()));
        Assert.True(campus.GetProperty("is_installed").GetBoolean() && campus.GetProperty("is_renting").GetBoolean() && campus.GetProperty("is_returning").GetBoolean());
        Assert.Equal(Now.AddMinutes(-1).ToUnixTimeSeconds(), campus.GetProperty("last_reported").GetInt64());

        // A redelivered reading and one that arrives after a newer one change nothing.
        var store = host.Services.GetRequiredService<CycleDockStore>();
        Assert.False(await store.RecordAsync(Reading("r-1", "yamaguchi-univ", 0, 30, Now), default));
        Assert.True(await store.RecordAsync(Reading("r-0", "yamaguchi-univ", 0, 30, Now.AddMinutes(-10)), default));
        var after = await host.Http.GetFromJsonAsync<JsonElement>("/api/mobility/v1/gbfs/station_status.json");
        Assert.Equal(12, after.GetProperty("data").GetProperty("stations").EnumerateArray()
            .Single(s => s.GetProperty("station_id").GetString() == "yamaguchi-univ").GetProperty("num_bikes_available").GetInt32());
    }
}

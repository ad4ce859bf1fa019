using System.Text.Json.Nodes;
using CityOs.Gateway.Ngsi;
using CityOs.Gateway.Ngsi.Sources;
using Microsoft.Extensions.Options;

namespace CityOs.Gateway.Sandbox;

/// <summary>
/// A small synthetic town for partners to develop against: every entity type, values that change every
/// <see cref="SandboxOptions.ChangeEvery"/>, nothing read from the real city. Each entity says <c>synthetic: true</c>.
/// </summary>
public sealed class SandboxSource(TimeProvider time, IOptions<SandboxOptions> options) : IEntitySource
{
    private const double OriginLon = 131.470;
    private const double OriginLat = 34.175;

    public IReadOnlyList<string> Types { get; } = ["Shelter", "RiverGauge", "ChildcareFacility", "BusVehicle", "CycleStation", "Alert"];

    public Task<IReadOnlyList<NgsiEntity>> ListAsync(string type, CancellationToken cancellationToken)
    {
        var tick = time.GetUtcNow().ToUnixTimeMilliseconds() / (long)Math.Max(1, options.Value.ChangeEvery.TotalMilliseconds);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(tick * (long)Math.Max(1, options.Value.ChangeEvery.TotalMilliseconds));
        IReadOnlyList<NgsiEntity> entities = type switch
        {
            "Shelter" => [.. Enumerable.Range(1, 5).Select(i => Shelter(i, tick, at))],
            "RiverGauge" => [.. Enumerable.Range(1, 3).Select(i => Gauge(i, tick, at))],
            "Alert" => [.. Enumerable.Range(1, 3).Where(i => Level(i, tick) >= 3).Select(i => Alert(i, tick, at))],
            "ChildcareFacility" => [.. Enumerable.Range(1, 4).Select(i => Facility(i, tick))],
            "BusVehicle" => [.. Enumerable.Range(1, 3).Select(i => Bus(i, tick, at))],
            "CycleStation" => [.. Enumerable.Range(1, 4).Select(i => Cycle(i, tick, at))],
            _ => [],
        };
        return Task.FromResult(entities);
    }

    private static NgsiEntity Synthetic(string type, string id, int i) =>
        new NgsiEntity(type, id).At(OriginLon + (0.01 * i), OriginLat + (0.005 * (i % 3))).Property("synthetic", true);

    private static NgsiEntity Shelter(int i, long tick, DateTimeOffset at)
    {
        var capacity = 100 * i;
        var occupancy = (int)((tick * 7 + i * 13) % (capacity + 1));
        var percent = Math.Round(100.0 * occupancy / capacity, 1);
        return Synthetic("Shelter", $"sandbox-shelter-{i}", i)
            .Property("name", $"サンドボックス避難所 {i}").Property("nameEn", $"Sandbox Shelter {i}").Property("district", "sandbox")
            .Property("capacity", capacity).Property("occupancy", occupancy, at).Property("occupancyPercent", percent, at, "P1")
            .Property("congestion", percent >= 100 ? "full" : percent >= 80 ? "crowded" : "available", at)
            .Property("open", true).Property("wheelchairAccessible", i % 2 == 1).Property("welfare", i == 1).Property("pets", i == 2);
    }

    private static int Level(int i, long tick) => (int)((tick + i) % 6);

    private static double Meters(int i, long tick) => 1.0 + (0.6 * Level(i, tick));

    private static NgsiEntity Gauge(int i, long tick, DateTimeOffset at) =>
        Synthetic("RiverGauge", $"sandbox-gauge-{i}", i).Property("district", "sandbox").Property("waterLevel", Meters(i, tick), at, "MTR");

    private static NgsiEntity Alert(int i, long tick, DateTimeOffset at) =>
        Synthetic("Alert", $"sandbox-alert-{i}-{tick}", i).Property("district", "sandbox")
            .Property("alertLevel", Level(i, tick), at).Property("previousAlertLevel", Math.Max(0, Level(i, tick) - 1))
            .Relationship("refRiverGauge", NgsiIds.For("RiverGauge", $"sandbox-gauge-{i}"))
            .Property("waterLevel", Meters(i, tick), at, "MTR").Property("dateIssued", at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));

    private static NgsiEntity Facility(int i, long tick)
    {
        var classes = Enumerable.Range(0, 6).Select(age => (Age: age, Capacity: 6 + age, Vacancies: (int)((tick + age + i) % 3))).ToList();
        return Synthetic("ChildcareFacility", $"sandbox-nursery-{i}", i)
            .Property("name", $"サンドボックス保育園 {i}").Property("nameEn", $"Sandbox Nursery {i}").Property("kind", "nursery").Property("district", "sandbox")
            .Property("open", true).Property("vacancies", classes.Sum(c => c.Vacancies))
            .Property("ageClasses", new JsonArray([.. classes.Select(c => (JsonNode)new JsonObject { ["ageClass"] = c.Age, ["capacity"] = c.Capacity, ["vacancies"] = c.Vacancies })]));
    }

    private static NgsiEntity Bus(int i, long tick, DateTimeOffset at)
    {
        var step = (tick + i) % 20;
        return new NgsiEntity("BusVehicle", $"sandbox-bus-{i}").At(OriginLon + (0.002 * step), OriginLat + (0.01 * i)).Property("synthetic", true)
            .Property("trip", $"sandbox-trip-{i}", at).Property("route", "sandbox-route").Property("bearing", 90.0, at).Property("speed", 8.3, at, "MTS");
    }

    private static NgsiEntity Cycle(int i, long tick, DateTimeOffset at)
    {
        var bikes = (int)((tick + i) % 11);
        return Synthetic("CycleStation", $"sandbox-dock-{i}", i).Property("name", $"サンドボックスポート {i}").Property("district", "sandbox")
            .Property("capacity", 10).Property("availableBikeNumber", bikes, at).Property("freeSlotNumber", 10 - bikes, at)
            .Property("isRenting", true).Property("isReturning", true);
    }
}

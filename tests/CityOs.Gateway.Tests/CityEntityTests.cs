using System.Globalization;
using System.Net;
using System.Text.Json;
using CityOs.Gateway.Tests.Support;

namespace CityOs.Gateway.Tests;

/// <summary>Real city data: the all-in-one host's gateway reads the domain services' open APIs; no token.</summary>
public sealed class CityEntityTests(ITestOutputHelper output)
{
    private sealed record ShelterRow(string Id, double Lat, double Lon);

    private sealed record ShelterFile(List<ShelterRow> Shelters);

    [Fact]
    public async Task Seeded_shelters_are_ngsi_ld_entities_and_a_geo_query_finds_the_right_ones()
    {
        await using var host = Gateways.AllInOne(output);
        using var http = host.CreateClient();
        var seeded = JsonSerializer.Deserialize<ShelterFile>(await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepoRoot, "data", "shelters.json")), JsonSerializerOptions.Web)!.Shelters;

        var shelters = await Eventually.Until(async () =>
        {
            var list = await NgsiClient.EntitiesAsync(http, "/ngsi-ld/v1/entities?type=Shelter");
            return list.Count == seeded.Count ? list : null;
        }, TimeSpan.FromSeconds(20), "every seeded shelter");

        Assert.Equal(seeded.Select(s => $"urn:ngsi-ld:Shelter:{s.Id}").Order(StringComparer.Ordinal), shelters.Select(s => NgsiClient.Id(s!)));
        var odono = shelters.Single(s => NgsiClient.Id(s!) == "urn:ngsi-ld:Shelter:odono-cc")!;
        Assert.Equal("大殿地域交流センター", odono["name"]!["value"]!.GetValue<string>());

        // Expected set by an independent equirectangular distance (fine at 1.5 km): shelters within 1.5 km of Yamaguchi Station.
        const double lon = 131.4790, lat = 34.1725, radius = 1500;
        var expected = seeded.Where(s => Distance(lon, lat, s.Lon, s.Lat) <= radius - 5).Select(s => $"urn:ngsi-ld:Shelter:{s.Id}").ToHashSet();
        var borderline = seeded.Where(s => Math.Abs(Distance(lon, lat, s.Lon, s.Lat) - radius) < 5).Select(s => $"urn:ngsi-ld:Shelter:{s.Id}").ToHashSet();
        var near = await NgsiClient.EntitiesAsync(http, string.Create(CultureInfo.InvariantCulture, $"/ngsi-ld/v1/entities?type=Shelter&georel=near;maxDistance=={radius}&geometry=Point&coordinates=[{lon},{lat}]"));
        var found = near.Select(s => NgsiClient.Id(s!)).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.True(found.Except(borderline).ToHashSet().SetEquals(expected), $"found {string.Join(",", found)}; expected {string.Join(",", expected)}");
        Assert.True(seeded.Count > found.Count);
    }

    [Fact]
    public async Task Childcare_vacancies_cycle_stations_and_by_id_reads_come_from_the_domain_services()
    {
        await using var host = Gateways.AllInOne(output);
        using var http = host.CreateClient();

        var nurseries = await NgsiClient.EntitiesAsync(http, "/ngsi-ld/v1/entities?type=ChildcareFacility&q=vacancies>0&limit=1000");
        Assert.NotEmpty(nurseries);
        Assert.All(nurseries, n => Assert.True(n!["vacancies"]!["value"]!.GetValue<int>() > 0));
        Assert.All(nurseries, n => Assert.Equal(n!["vacancies"]!["value"]!.GetValue<int>(), n["ageClasses"]!["value"]!.AsArray().Sum(a => a!["vacancies"]!.GetValue<int>())));

        var docks = await NgsiClient.EntitiesAsync(http, "/ngsi-ld/v1/entities?type=CycleStation");
        Assert.Contains(docks, d => NgsiClient.Id(d!) == "urn:ngsi-ld:CycleStation:yamaguchi-sta");

        var one = await http.GetAsync("/ngsi-ld/v1/entities/urn:ngsi-ld:CycleStation:yamaguchi-sta");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("application/ld+json", one.Content.Headers.ContentType?.MediaType);
    }

    private static double Distance(double lon1, double lat1, double lon2, double lat2)
    {
        const double metresPerDegree = 111_195;
        var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) / 2 * Math.PI / 180);
        return Math.Sqrt((x * x) + ((lat2 - lat1) * (lat2 - lat1))) * metresPerDegree;
    }
}

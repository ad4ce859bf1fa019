using CityOs.Host.Demo;

namespace CityOs.Host.Tests;

public sealed class HeavyRainScenarioTests
{
    private static readonly SensorSites Sites = SensorSites.Load(Path.Combine(AppContext.BaseDirectory, "data/demo/sensor-sites.json"));

    private static double Peak(RiverSite river) =>
        Enumerable.Range(0, 30 * 12).Max(step => HeavyRainScenario.RiverLevelM(river, step / 12.0));

    [Fact]
    public void Rivers_are_calm_before_the_rain_and_back_near_their_base_a_day_after()
    {
        Assert.All(Sites.Rivers, r =>
        {
            Assert.Equal(r.BaseM, HeavyRainScenario.RiverLevelM(r, -0.5), 3);
            Assert.True(HeavyRainScenario.RiverLevelM(r, 30) < r.ThresholdsM.Standby);
        });
    }

    [Fact]
    public void Storm_takes_some_stations_past_evacuation_judgement_and_the_worst_past_flooding_while_others_stay_below_caution()
    {
        Assert.Contains(Sites.Rivers, r => Peak(r) >= r.ThresholdsM.Flooding);
        Assert.True(Sites.Rivers.Count(r => Peak(r) >= r.ThresholdsM.Evacuation) >= 5);
        Assert.Contains(Sites.Rivers, r => Peak(r) < r.ThresholdsM.Caution);
        Assert.All(Sites.Rivers, r => Assert.InRange(Peak(r), -5, 30));
    }

    [Fact]
    public void Thresholds_of_every_station_rise_in_order()
    {
        Assert.All(Sites.Rivers, r =>
        {
            var t = r.ThresholdsM;
            Assert.True(t.Standby < t.Caution && t.Caution < t.Evacuation && t.Evacuation < t.Danger && t.Danger < t.Flooding, r.Station);
        });
    }

    [Fact]
    public void Shelters_fill_as_their_river_rises_never_beyond_capacity_and_empty_after_the_storm()
    {
        var shelter = Sites.Shelters.Single(s => s.District == "ogori");
        var river = Sites.Rivers.Single(r => r.District == "ogori");
        var counts = Enumerable.Range(0, 40).Select(h => HeavyRainScenario.ShelterPeople(shelter, river, h)).ToList();

        Assert.True(counts[0] < shelter.Capacity / 10);
        Assert.True(counts.Max() > shelter.Capacity / 2);
        Assert.All(counts, c => Assert.InRange(c, 0, shelter.Capacity));
        Assert.True(counts[^1] < counts.Max() / 10);
    }

    [Fact]
    public void Vehicle_route_stays_between_its_stops_and_turns_back_at_the_end()
    {
        var route = new VehicleRoute([(34.095, 131.395), (34.160, 131.453), (34.186, 131.476)]);

        var outward = route.At(1);
        var back = route.At(route.LengthKm - 1);
        Assert.InRange(outward.HeadingDeg, 0, 90);
        Assert.InRange(back.HeadingDeg, 180, 270);
        for (var km = 0.0; km < route.LengthKm * 3; km += 0.5)
        {
            var (lat, lon, heading) = route.At(km);
            Assert.InRange(lat, 34.095, 34.186);
            Assert.InRange(lon, 131.395, 131.476);
            Assert.InRange(heading, 0, 360);
        }
    }

    [Fact]
    public void Docks_never_hold_more_bikes_than_they_have_places()
    {
        Assert.All(Sites.Docks, d => Assert.All(Enumerable.Range(0, 72), h => Assert.InRange(HeavyRainScenario.DockBikes(d, h, h - 1), 0, d.Capacity)));
    }
}

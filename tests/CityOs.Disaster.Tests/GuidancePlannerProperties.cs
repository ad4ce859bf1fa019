using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;

namespace CityOs.Disaster.Tests;

/// <summary>The planner's promises checked on 300 random cities each.</summary>
public sealed class GuidancePlannerProperties
{
    private static readonly string[] Districts = ["a", "b", "c"];
    private static readonly string[][] NeedSets = [["wheelchair"], ["bedridden"], ["visual"], ["dementia", "hearing"], ["infant-care"], ["wheelchair", "dementia"]];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, 300))
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Nobody_is_sent_to_a_closed_full_flooded_or_unsuitable_shelter(int seed)
    {
        var (input, _) = RandomCity(seed);
        var planned = GuidancePlanner.Plan(input, out var reserved, out _);
        var shelters = input.Shelters.ToDictionary(s => s.Id);
        var residents = input.Residents.ToDictionary(r => r.Pseudonym);

        foreach (var g in planned.Where(g => g.Reason is null && g.ShelterId is not null))
        {
            var shelter = shelters[g.ShelterId!];
            Assert.True(shelter.Open, $"{g.Pseudonym} sent to closed {shelter.Id}");
            Assert.DoesNotContain(shelter.District, input.FloodingDistricts);
            Assert.True(GuidancePlanner.Suits(shelter, residents[g.Pseudonym]), $"{g.Pseudonym} sent to unsuitable {shelter.Id}");
        }

        foreach (var (id, count) in reserved)
        {
            Assert.True(count <= shelters[id].Room, $"{id} promised {count} seats with room for {shelters[id].Room}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_supporter_gets_more_people_than_they_can_help_and_nobody_is_dropped(int seed)
    {
        var (input, supporters) = RandomCity(seed);
        var planned = GuidancePlanner.Plan(input, out _, out var load);

        Assert.Equal(input.Residents.Count, planned.Count);
        Assert.Equal(input.Residents.Select(r => r.Pseudonym).Order(), planned.Select(p => p.Pseudonym).Order());
        foreach (var supporter in supporters)
        {
            Assert.True(load.GetValueOrDefault(supporter.Id) <= supporter.Capacity);
            Assert.Equal(load.GetValueOrDefault(supporter.Id), planned.Count(p => p.SupporterId == supporter.Id));
        }

        foreach (var g in planned)
        {
            var helped = g.Reason is null && (g.NeedsVehicle || g.SupporterId is not null || g.Method is EvacuationMethod.FamilyCar or EvacuationMethod.StayUpstairs);
            Assert.True(helped ^ (g.Reason is not null), $"{g.Pseudonym} has neither help nor a reason");
            Assert.True(g.Reason is null or UnassistedReason.NoShelterWithRoom or UnassistedReason.NoSupporter);
        }
    }

    [Fact]
    public void A_bedridden_resident_goes_to_the_nearest_welfare_shelter_even_when_a_school_is_closer()
    {
        var resident = Resident("p1", "a", 34.0, 131.0, ["bedridden"]);
        var school = Shelter("school", "a", 34.0, 131.001, wheelchair: true, welfare: false, capacity: 100, occupancy: 0, open: true);
        var welfare = Shelter("welfare", "a", 34.05, 131.05, wheelchair: true, welfare: true, capacity: 10, occupancy: 0, open: true);
        var input = Input([resident], [school, welfare], [], new HashSet<string>());

        var planned = GuidancePlanner.Plan(input, out _, out _).Single();

        Assert.Equal(("welfare", true, EvacuationMethod.WheelchairTaxi), (planned.ShelterId, planned.NeedsVehicle, planned.Method));
    }

    private static (PlanningInput Input, IReadOnlyList<Supporter> Supporters) RandomCity(int seed)
    {
        var random = new Random(seed);
        double Near(double centre) => centre + (random.NextDouble() - 0.5) * 0.1;
        var shelters = Enumerable.Range(0, random.Next(1, 8)).Select(i =>
        {
            var capacity = random.Next(0, 15);
            return Shelter($"s{i}", Districts[random.Next(3)], Near(34.1), Near(131.4), random.Next(2) == 0, random.Next(4) == 0, capacity, random.Next(0, capacity + 3), random.Next(5) > 0);
        }).ToList();
        var supporters = Enumerable.Range(0, random.Next(0, 10)).Select(i => new Supporter($"sup{i}", Districts[random.Next(3)], Near(34.1), Near(131.4), random.Next(1, 4))).ToList();
        var residents = Enumerable.Range(0, random.Next(1, 60)).Select(i => Resident($"p{i}", Districts[random.Next(3)], Near(34.1), Near(131.4), NeedSets[random.Next(NeedSets.Length)])).ToList();
        var plans = residents.Where(_ => random.Next(6) == 0).ToDictionary(r => r.Pseudonym, r => new EvacuationPlan
        {
            Pseudonym = r.Pseudonym,
            ShelterId = shelters[random.Next(shelters.Count)].Id,
            Method = EvacuationMethod.All.ElementAt(random.Next(EvacuationMethod.All.Count)),
            SupporterIds = supporters.Count > 0 ? [supporters[random.Next(supporters.Count)].Id] : [],
            Source = "staff",
            Confirmed = true,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        var flooding = Districts.Where(_ => random.Next(4) == 0).ToHashSet();
        return (Input(residents, shelters, supporters, flooding) with { Plans = plans }, supporters);
    }

    private static PlanningInput Input(List<RegistryEntry> residents, List<Shelter> shelters, List<Supporter> supporters, HashSet<string> flooding) => new()
    {
        Residents = residents,
        Plans = new Dictionary<string, EvacuationPlan>(),
        Shelters = shelters,
        Reserved = new Dictionary<string, int>(),
        SupportersIn = d => [.. supporters.Where(s => s.District == d)],
        SupporterLoad = new Dictionary<string, int>(),
        FloodingDistricts = flooding,
    };

    private static RegistryEntry Resident(string id, string district, double lat, double lon, string[] needs) => new()
    {
        Pseudonym = id, District = district, Lat = lat, Lon = lon, Needs = needs, CareLevel = "care-1", RegisteredAt = DateTimeOffset.UnixEpoch,
    };

    private static Shelter Shelter(string id, string district, double lat, double lon, bool wheelchair, bool welfare, int capacity, int occupancy, bool open) => new()
    {
        Id = id, NameJa = id, NameEn = id, District = district, Lat = lat, Lon = lon, Capacity = capacity, Occupancy = occupancy,
        WheelchairAccessible = wheelchair, Welfare = welfare, Open = open,
    };
}

using CityOs.Disaster.Registry;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;

namespace CityOs.Disaster.Guidance;

/// <summary>
/// A pure function from residents, plans, shelters and supporters to guidance, so its promises (never a
/// closed, full, flooded or unsuitable shelter; never a supporter past capacity) can be tested on random cities.
/// </summary>
public static class GuidancePlanner
{
    public static IReadOnlyList<PlannedGuidance> Plan(PlanningInput input, out Dictionary<string, int> reserved, out Dictionary<string, int> supporterLoad)
    {
        reserved = new Dictionary<string, int>(input.Reserved, StringComparer.Ordinal);
        supporterLoad = new Dictionary<string, int>(input.SupporterLoad, StringComparer.Ordinal);
        var results = new List<PlannedGuidance>(input.Residents.Count);
        var supporters = new Dictionary<string, IReadOnlyList<Supporter>>(StringComparer.Ordinal);
        var lookUp = input.SupportersIn;
        input = input with { SupportersIn = d => supporters.TryGetValue(d, out var list) ? list : supporters[d] = lookUp(d) };

        // Scarce accessible seats go first to those who can use no other: bedridden, then wheelchair users.
        foreach (var resident in input.Residents.OrderBy(Priority).ThenBy(r => r.Pseudonym, StringComparer.Ordinal))
        {
            results.Add(PlanOne(resident, input, reserved, supporterLoad));
        }

        return results;
    }

    public static bool Suits(Shelter shelter, RegistryEntry resident) =>
        (!resident.Needs.Contains(SupportNeed.Wheelchair) || shelter.WheelchairAccessible)
        && (!resident.Needs.Contains(SupportNeed.Bedridden) || shelter.Welfare);

    /// <summary>A plain loop: this runs for every walker against every supporter of the district, thousands of times per alert.</summary>
    private static Supporter? Nearest(IReadOnlyList<Supporter> supporters, RegistryEntry resident, Dictionary<string, int> load)
    {
        var scale = Math.Cos(resident.Lat * Math.PI / 180);
        Supporter? best = null;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < supporters.Count; i++)
        {
            var s = supporters[i];
            var dx = (s.Lon - resident.Lon) * scale;
            var dy = s.Lat - resident.Lat;
            var d = dx * dx + dy * dy;
            if (d < bestDistance && load.GetValueOrDefault(s.Id) < s.Capacity)
            {
                best = s;
                bestDistance = d;
            }
        }

        return best;
    }

    private static int Priority(RegistryEntry r) =>
        r.Needs.Contains(SupportNeed.Bedridden) ? 0 : r.Needs.Contains(SupportNeed.Wheelchair) ? 1 : 2;

    private static PlannedGuidance PlanOne(RegistryEntry resident, PlanningInput input, Dictionary<string, int> reserved, Dictionary<string, int> load)
    {
        var plan = input.Plans.GetValueOrDefault(resident.Pseudonym) is { Confirmed: true } p ? p : null;
        var source = plan is null ? "computed" : "own-plan";
        var needsVehicle = SupportNeed.NeedsVehicle(resident.Needs);
        var method = plan?.Method ?? (needsVehicle ? EvacuationMethod.WheelchairTaxi : EvacuationMethod.WalkWithSupporter);
        if (method == EvacuationMethod.StayUpstairs)
        {
            return new PlannedGuidance(resident.Pseudonym, resident.District, null, null, method, false, null, source);
        }

        bool Usable(Shelter s) => s.Open && !input.FloodingDistricts.Contains(s.District) && Suits(s, resident)
            && s.Room - reserved.GetValueOrDefault(s.Id) > 0;
        var shelter = (plan?.ShelterId is { } planned ? input.Shelters.FirstOrDefault(s => s.Id == planned && Usable(s)) : null)
            ?? input.Shelters.Where(Usable).MinBy(s => Geo.Km(resident.Lat, resident.Lon, s.Lat, s.Lon));
        if (shelter is null)
        {
            return new PlannedGuidance(resident.Pseudonym, resident.District, null, null, method, false, UnassistedReason.NoShelterWithRoom, source);
        }

        reserved[shelter.Id] = reserved.GetValueOrDefault(shelter.Id) + 1;
        if (method == EvacuationMethod.FamilyCar)
        {
            return new PlannedGuidance(resident.Pseudonym, resident.District, shelter.Id, null, method, false, null, source);
        }

        if (method == EvacuationMethod.WheelchairTaxi)
        {
            return new PlannedGuidance(resident.Pseudonym, resident.District, shelter.Id, null, method, true, null, source);
        }

        var supporters = input.SupportersIn(resident.District);
        bool Free(Supporter s) => load.GetValueOrDefault(s.Id) < s.Capacity;
        var supporter = plan?.SupporterIds.Select(id => supporters.FirstOrDefault(s => s.Id == id)).FirstOrDefault(s => s is not null && Free(s))
            ?? Nearest(supporters, resident, load);
        if (supporter is null)
        {
            reserved[shelter.Id]--;
            return new PlannedGuidance(resident.Pseudonym, resident.District, shelter.Id, null, method, false, UnassistedReason.NoSupporter, source);
        }

        load[supporter.Id] = load.GetValueOrDefault(supporter.Id) + 1;
        return new PlannedGuidance(resident.Pseudonym, resident.District, shelter.Id, supporter.Id, method, false, null, source);
    }
}

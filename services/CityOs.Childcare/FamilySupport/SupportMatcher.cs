using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.FamilySupport;

/// <summary>
/// Picks the nearest trained, vetted provider who is free for the whole request and qualified for the child's age
/// (babies under a year need <c>infant-ok</c>). Distance is from the provider to the pick-up facility.
/// </summary>
public static class SupportMatcher
{
    public const string InfantQualification = "infant-ok";

    public static (Provider Provider, double DistanceKm)? Match(SupportRequestInput request, ChildcareFacility from, IEnumerable<Provider> providers, FamilySupportOptions options)
    {
        var start = request.Start.ToOffset(options.UtcOffset);
        var end = start.AddMinutes(request.DurationMinutes);
        return providers
            .Where(p => p.Trained && p.Vetted)
            .Where(p => request.ChildAgeMonths >= 12 || p.Qualifications.Contains(InfantQualification))
            .Where(p => p.Availability.Any(slot => Covers(slot, start, end)))
            .Select(p => (Provider: p, DistanceKm: Geo.HaversineKm(p.Lat, p.Lon, from.Lat, from.Lon)))
            .Where(x => x.DistanceKm <= options.MaxDistanceKm)
            .OrderBy(x => x.DistanceKm)
            .Cast<(Provider, double)?>()
            .FirstOrDefault();
    }

    private static bool Covers(AvailabilitySlot slot, DateTimeOffset start, DateTimeOffset end) =>
        slot.Day == start.DayOfWeek && start.Date == end.Date
        && TimeOnly.FromTimeSpan(start.TimeOfDay) >= slot.From && TimeOnly.FromTimeSpan(end.TimeOfDay) <= slot.To;
}

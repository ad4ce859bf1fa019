using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;
using CityOs.Contracts.Office;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Office;

/// <summary>
/// Places and waiting children of the current round per district. A waiting child counts in the district of
/// their first-choice facility: applications carry no home address, by design.
/// </summary>
public sealed class ChildcareOfficeFigures(FacilityCatalog facilities, ApplicationStore applications, IOptions<ChildcareOptions> options, TimeProvider time)
{
    public async Task<ChildcareFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var snapshot = await facilities.SnapshotAsync(cancellationToken);
        var waiting = (await applications.InRoundAsync(options.Value.CurrentRound, cancellationToken))
            .Where(a => a.Outcome is not null)
            .SelectMany(a => a.Request.Children.Zip(a.Outcome!.Children))
            .Where(pair => pair.Second.Facility is null)
            .Select(pair => pair.First.Preferences is [var first, ..] ? snapshot.Find(first)?.District : null)
            .OfType<string>()
            .GroupBy(d => d)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byDistrict = snapshot.All.Where(f => f.Open).ToLookup(f => f.District);
        var districts = byDistrict.Select(g => g.Key).Union(waiting.Keys).Order(StringComparer.Ordinal);
        return new ChildcareFigures
        {
            AsOf = time.GetUtcNow(),
            Districts = [.. districts.Select(d => new DistrictChildcareFigures
            {
                District = d,
                Facilities = byDistrict[d].Count(),
                Capacity = byDistrict[d].Sum(f => f.AgeClasses.Sum(a => a.Capacity)),
                Enrolled = byDistrict[d].Sum(f => f.AgeClasses.Sum(a => a.Enrolled)),
                Vacancies = byDistrict[d].Sum(f => f.AgeClasses.Sum(a => a.Vacancies)),
                Waiting = waiting.GetValueOrDefault(d),
            })],
        };
    }
}

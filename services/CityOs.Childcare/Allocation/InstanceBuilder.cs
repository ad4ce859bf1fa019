using CityOs.Childcare.Applications;
using CityOs.Childcare.Facilities;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Turns a round's applications into the allocator's input. Clubs count school years 1–6; the allocator counts
/// classes 0–5, so a club's year y sits at index y−1 (a child never mixes clubs and nurseries, the validator sees to it).
/// </summary>
public static class InstanceBuilder
{
    public static AllocationInstance Build(IReadOnlyList<ChildcareApplication> applications, FacilitySnapshot catalog, decimal siblingPoints)
    {
        var wanted = applications
            .SelectMany(a => a.Options.SelectMany(o => o).Concat(a.Request.Children.Select(c => c.CurrentFacility)))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var facilities = catalog.All.Where(f => wanted.Contains(f.Id)).ToList();
        var byId = facilities.ToDictionary(f => f.Id, StringComparer.Ordinal);

        var children = new List<Child>();
        var families = new List<Family>();
        foreach (var application in applications)
        {
            foreach (var child in application.Request.Children)
            {
                var club = (child.Preferences ?? []).Select(byId.GetValueOrDefault).FirstOrDefault()?.IsClub ?? false;
                children.Add(new Child(child.Pseudonym, club ? child.AgeClass - 1 : child.AgeClass, application.Id, child.CurrentFacility));
            }

            families.Add(new Family(application.Id, [.. application.Request.Children.Select(c => c.Pseudonym)], application.Options));
        }

        var priorities = facilities.Select(f => new FacilityPriority(f.Id, [.. applications
            .Where(a => a.Options.Any(o => o.Contains(f.Id)))
            .SelectMany(a => a.Request.Children.Select(c => new RankedChild(c.Pseudonym, Score(a, f.Id, siblingPoints))))
            .OrderByDescending(r => r.Score)])).ToList();

        return new AllocationInstance([.. facilities.Select(Places)], children, families, priorities);
    }

    public static double Score(ChildcareApplication application, string facilityId, decimal siblingPoints) =>
        (double)(application.Points.Total + (application.Request.SiblingsEnrolledAt.Contains(facilityId) ? siblingPoints : 0));

    private static Facility Places(ChildcareFacility facility)
    {
        var capacity = new int[AgeClass.Count];
        foreach (var places in facility.AgeClasses)
        {
            var index = facility.IsClub ? places.AgeClass - 1 : places.AgeClass;
            if (AgeClass.IsValid(index))
            {
                capacity[index] = facility.Open ? places.Vacancies : 0;
            }
        }

        return new Facility(facility.Id, capacity);
    }
}

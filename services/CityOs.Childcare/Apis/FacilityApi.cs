using CityOs.Childcare.Facilities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class FacilityApi
{
    /// <summary>Open data: facilities and their places, never who holds them.</summary>
    public static RouteGroupBuilder MapFacilityApi(this RouteGroupBuilder group)
    {
        group.MapGet("/facilities", (FacilityCatalog catalog, string? kind, string? district) =>
                TypedResults.Ok<IReadOnlyList<ChildcareFacility>>([.. catalog.All.Where(f => (kind is null || f.Kind == kind) && (district is null || f.District == district))]))
            .WithName("ListChildcareFacilities").WithSummary("Nurseries, certified centres and after-school clubs (open data).").WithTags("Facilities");
        group.MapGet("/vacancies", (FacilityCatalog catalog, string? kind, string? district) =>
                TypedResults.Ok<IReadOnlyList<FacilityVacancy>>([.. catalog.All
                    .Where(f => (kind is null || f.Kind == kind) && (district is null || f.District == district))
                    .Select(f => new FacilityVacancy(f.Id, f.NameJa, f.NameEn, f.Kind, f.District, f.Open, f.AgeClasses))]))
            .WithName("ListChildcareVacancies").WithSummary("Live vacancies per age class (空き状況, open data).").WithTags("Facilities");
        return group;
    }

    public static RouteGroupBuilder MapFacilityStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPut("/facilities/{id}/age-classes/{ageClass:int}/enrolled", Results<Ok<ChildcareFacility>, NotFound> (string id, int ageClass, EnrolledCount body, FacilityCatalog catalog) =>
                catalog.SetEnrolled(id, ageClass, Math.Max(0, body.Enrolled)) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound())
            .WithName("SetChildcareEnrolled").WithSummary("Staff confirm the enrolled count of an age class; vacancies follow.").WithTags("Facilities");
        return staff;
    }

    public sealed record EnrolledCount(int Enrolled);
}

using CityOs.Childcare.Facilities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class FacilityApi
{
    /// <summary>Open data: facilities and their places, never who holds them.</summary>
    public static RouteGroupBuilder MapFacilityApi(this RouteGroupBuilder group)
    {
        group.MapGet("/facilities", async (FacilityCatalog catalog, string? kind, string? district, CancellationToken cancellationToken) =>
                TypedResults.Ok<IReadOnlyList<ChildcareFacility>>([.. (await catalog.SnapshotAsync(cancellationToken)).All
                    .Where(f => (kind is null || f.Kind == kind) && (district is null || f.District == district))]))
            .WithName("ListChildcareFacilities").WithSummary("Nurseries, certified centres and after-school clubs (open data).").WithTags("Facilities");
        group.MapGet("/vacancies", async (FacilityCatalog catalog, string? kind, string? district, CancellationToken cancellationToken) =>
                TypedResults.Ok<IReadOnlyList<FacilityVacancy>>([.. (await catalog.SnapshotAsync(cancellationToken)).All
                    .Where(f => (kind is null || f.Kind == kind) && (district is null || f.District == district))
                    .Select(f => new FacilityVacancy(f.Id, f.NameJa, f.NameEn, f.Kind, f.District, f.Open, f.AgeClasses))]))
            .WithName("ListChildcareVacancies").WithSummary("Live vacancies per age class (空き状況, open data).").WithTags("Facilities");
        return group;
    }

    public static RouteGroupBuilder MapFacilityStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapPut("/facilities/{id}/age-classes/{ageClass:int}/enrolled", async Task<Results<Ok<ChildcareFacility>, NotFound>> (string id, int ageClass, EnrolledCount body, FacilityCatalog catalog, CancellationToken cancellationToken) =>
                await catalog.SetEnrolledAsync(id, ageClass, Math.Max(0, body.Enrolled), cancellationToken) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound())
            .WithName("SetChildcareEnrolled").WithSummary("Staff confirm the enrolled count of an age class; vacancies follow.").WithTags("Facilities");
        staff.MapPut("/facilities/{id}/age-classes/{ageClass:int}/capacity", async Task<Results<Ok<ChildcareFacility>, NotFound, ValidationProblem>> (string id, int ageClass, CapacityCount body, FacilityCatalog catalog, CancellationToken cancellationToken) =>
                body.Capacity is < 0 or > 1000
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["capacity"] = ["定員は0〜1000で指定してください (capacity is 0 to 1000)"] })
                    : await catalog.SetCapacityAsync(id, ageClass, body.Capacity, cancellationToken) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound())
            .WithName("SetChildcareCapacity").WithSummary("Staff change the capacity (定員) of an age class; vacancies follow.").WithTags("Facilities");
        return staff;
    }

    public sealed record EnrolledCount(int Enrolled);

    public sealed record CapacityCount(int Capacity);
}

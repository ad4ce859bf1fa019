using CityOs.Childcare.DisasterCare;
using CityOs.Childcare.Facilities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

public static class DisasterCareApi
{
    public static RouteGroupBuilder MapDisasterCareStaffApi(this RouteGroupBuilder staff)
    {
        var group = staff.MapGroup("/disaster").WithTags("Disaster");
        group.MapPost("/presence", async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> (PresenceReport report, FacilityCatalog facilities, DisasterWatch watch, PresenceBoard board, CancellationToken cancellationToken) =>
            {
                if (await facilities.FindAsync(report.FacilityId, cancellationToken) is not { } facility)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["facilityId"] = ["施設がありません (no such facility)"] });
                }

                if (report.Status is not (PresenceBoard.Present or PresenceBoard.PickedUp) || string.IsNullOrWhiteSpace(report.ChildPseudonym))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["present か picked-up を指定してください (status is present or picked-up)"] });
                }

                if (!await watch.IsDeclaredAsync(facility.District, cancellationToken))
                {
                    return TypedResults.Problem(statusCode: 409, title: "災害宣言が出ていません (no disaster declared here)",
                        detail: $"district {facility.District} has no declaration in force; presence is collected only during one");
                }

                await board.ReportAsync(facility.Id, report.ChildPseudonym, report.Status, cancellationToken);
                return TypedResults.Accepted((string?)null);
            }).WithName("ReportChildPresence").WithSummary("Facility staff report a child present or picked up during a disaster.");
        group.MapGet("/districts/{district}/summary", async (string district, FacilityCatalog facilities, DisasterWatch watch, PresenceBoard board, CancellationToken cancellationToken) =>
            {
                var here = (await facilities.SnapshotAsync(cancellationToken)).All.Where(f => f.District == district).Select(f => f.Id);
                var counts = await board.CountsAsync(here, cancellationToken);
                return TypedResults.Ok(new DistrictPresence(district, await watch.IsDeclaredAsync(district, cancellationToken), counts.Sum(c => c.Present), counts.Sum(c => c.PickedUp), counts));
            }).WithName("GetDistrictPresence").WithSummary("Counts of children present and picked up per facility in a district (counts only).");
        group.MapPost("/facility-release", async Task<Ok<ReleaseResult>> (ReleaseRequest request, FacilityRelease release, CancellationToken cancellationToken) =>
                TypedResults.Ok(await release.ReleaseAsync(request.ChildPseudonym, cancellationToken)))
            .WithName("ReleaseChildFacilityToDisaster").WithSummary("Consent-checked release of a child's facility and age class to Disaster.");
        return staff;
    }
}

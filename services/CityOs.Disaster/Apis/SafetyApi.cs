using CityOs.Disaster.Districts;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Safety;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class SafetyApi
{
    public sealed record ReportBody(string? Status, string? ReportedBy, string? ShelterId);

    public static RouteGroupBuilder MapSafetyApi(this RouteGroupBuilder group)
    {
        var safety = group.MapGroup("/safety").WithTags("Safety");
        safety.MapPost("/{pseudonym}", ReportAsync).RequireAuthorization(CityPolicies.Staff)
            .WithName("ReportSafety").WithSummary("安否確認: staff record a report from the resident, a proxy or a supporter: safe, needs-help or at-shelter.");
        safety.MapGet("/summary", (SafetyBoard board, RegistryStore registry, DistrictCatalogue districts) => TypedResults.Ok(districts.All.Select(d =>
        {
            var reports = board.All().Where(r => r.District == d.Code).ToList();
            var registered = registry.CountIn(d.Code);
            return new
            {
                district = d.Code,
                registered,
                safe = reports.Count(r => r.Status == SafetyStatus.Safe),
                needsHelp = reports.Count(r => r.Status == SafetyStatus.NeedsHelp),
                atShelter = reports.Count(r => r.Status == SafetyStatus.AtShelter),
                unknown = registered - reports.Count,
            };
        }).ToList())).RequireAuthorization(CityPolicies.StaffOrAnalyst).WithName("SafetySummary").WithSummary("Live safety counts per district for the office (counts only).");
        return group;
    }

    private static async Task<Results<Ok<SafetyReport>, ValidationProblem, NotFound>> ReportAsync(
        string pseudonym, ReportBody body, RegistryStore registry, SafetyBoard board, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Status is null || !SafetyStatus.All.Contains(body.Status))
        {
            errors["status"] = ["safe, needs-help, at-shelter のいずれか / one of safe, needs-help, at-shelter"];
        }

        if (body.ReportedBy is null || !SafetyStatus.Reporters.Contains(body.ReportedBy))
        {
            errors["reportedBy"] = ["self, proxy, supporter, staff のいずれか / one of self, proxy, supporter, staff"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (registry.Find(pseudonym) is not { } entry)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await board.ReportAsync(new SafetyReport
        {
            Pseudonym = pseudonym,
            District = entry.District,
            Status = body.Status!,
            ReportedBy = body.ReportedBy!,
            ShelterId = body.ShelterId,
            At = time.GetUtcNow(),
        }, cancellationToken));
    }
}

using System.Security.Claims;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Registry;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class RegistryApi
{
    /// <summary>The enrolling staff member is recorded from the sign-in (the token), not from the body.</summary>
    public sealed record EnrolBody(string? Name, string? BirthDate, string? Address, string? Phone, string? District, IReadOnlyList<string>? Needs, string? CareLevel);

    public sealed record Registered(string Pseudonym, string District, IReadOnlyList<string> Needs, string CareLevel);

    public static RouteGroupBuilder MapRegistryApi(this RouteGroupBuilder group)
    {
        var registry = group.MapGroup("/registry").WithTags("Registry");
        registry.MapPost("/", EnrolAsync).RequireAuthorization(CityPolicies.Staff).WithName("EnrolRegistryResident").WithSummary("Staff enrol one resident who needs help to evacuate; identity goes to Consent's vault.");
        registry.MapPost("/import", ImportAsync).RequireAuthorization(CityPolicies.Staff).Accepts<string>("text/csv").WithName("ImportRegistry").WithSummary("Import the registry CSV (docs/disaster-registry.md); bad lines are refused whole, with line numbers.");
        registry.MapGet("/summary", (RegistryStore store, DistrictCatalogue districts) => TypedResults.Ok(districts.All.Select(d => new
        {
            district = d.Code,
            registered = store.CountIn(d.Code),
        }))).RequireAuthorization(CityPolicies.StaffOrAnalyst).WithName("RegistrySummary").WithSummary("How many registered residents per district (counts only).");
        return group;
    }

    private static async Task<Results<Created<Registered>, ValidationProblem, Conflict<Registered>>> EnrolAsync(
        EnrolBody body, ClaimsPrincipal user, RegistryService registry, DistrictCatalogue districts, TimeProvider time, CancellationToken cancellationToken)
    {
        var input = new ApplicantInput(body.Name, body.BirthDate, body.Address, body.Phone, body.District, body.Needs is null ? null : string.Join(';', body.Needs), body.CareLevel, user.SubjectId());
        var (applicant, problems) = ApplicantValidator.Validate(input, districts.Codes, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (applicant is null)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => Field(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray()));
        }

        var (entry, added) = await registry.EnrolAsync(applicant, cancellationToken);
        var result = new Registered(entry.Pseudonym, entry.District, entry.Needs, entry.CareLevel);
        return added ? TypedResults.Created($"/api/disaster/v1/plans/{entry.Pseudonym}", result) : TypedResults.Conflict(result);
    }

    private static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportAsync(HttpRequest request, ClaimsPrincipal user, RegistryService registry, CancellationToken cancellationToken)
    {
        // Read whole first: the parser is synchronous, and Kestrel forbids synchronous reads of a request body.
        using var body = new StreamReader(request.Body);
        var report = await registry.ImportAsync(new StringReader(await body.ReadToEndAsync(cancellationToken)), user.SubjectId(), cancellationToken);
        if (report.Problems.FirstOrDefault(p => p.Field == "header") is { } header)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["header"] = [header.Reason] });
        }

        return TypedResults.Ok(report);
    }

    private static string Field(string csvColumn) => csvColumn switch
    {
        "birth_date" => "birthDate",
        "care_level" => "careLevel",
        _ => csvColumn,
    };
}

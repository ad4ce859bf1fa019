using System.Security.Claims;
using CityOs.Consent.Access;
using CityOs.Consent.Vault;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Consent.Apis;

/// <summary>Sign-in support owned by Consent (it alone knows residents): who am I and whom may I act for; counter-issued enrolment codes; recorded proxies.</summary>
public static class AccessApi
{
    public sealed record Person(string ResidentId, string Name, string? Relationship);

    public sealed record Me(Person? Self, IReadOnlyList<Person> ActingFor);

    public sealed record RecordProxy(string? ProxyResidentId, string? ProxyStaffId, ProxyKind Relationship, DateTimeOffset? Until);

    public static RouteGroupBuilder MapAccessEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/me", MeAsync).RequireAuthorization(CityPolicies.ActForResident)
            .WithTags("Residents").WithName("ConsentMe").WithSummary("The signed-in resident, and the residents they may act for through a recorded relationship.");
        var counter = group.MapGroup("/residents/{residentId}").WithTags("Counter").RequireAuthorization(CityPolicies.Counter);
        counter.MapPost("/enrolment-codes", IssueCodeAsync).WithName("IssueEnrolmentCode")
            .WithSummary("Counter: print a one-time enrolment code (login id + code, 14 days, single use) for an enrolled resident.");
        counter.MapPost("/proxies", RecordProxyAsync).WithName("RecordProxy")
            .WithSummary("Counter: record that a family member, care manager or counter clerk may act for the resident.");
        return group;
    }

    private static async Task<Ok<Me>> MeAsync(ClaimsPrincipal user, ResidentAccess access, ProxyRelationships proxies, IdentityVault vault, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId()!;
        var selfId = await access.SelfAsync(subject, cancellationToken);
        var self = selfId is null ? null : await vault.GetAsync(selfId, cancellationToken);
        var actingFor = new List<Person>();
        foreach (var relation in await proxies.ForProxyAsync(subject, cancellationToken))
        {
            if (await vault.GetAsync(relation.ResidentId, cancellationToken) is { } person)
            {
                actingFor.Add(new Person(person.ResidentId, person.Name, relation.Kind.ToString()));
            }
        }

        return TypedResults.Ok(new Me(self is null ? null : new Person(self.ResidentId, self.Name, null), actingFor));
    }

    private static async Task<Results<Ok<EnrolmentCodes.Issued>, NotFound>> IssueCodeAsync(string residentId, ClaimsPrincipal user, IdentityVault vault, EnrolmentCodes codes, CancellationToken cancellationToken) =>
        await vault.GetAsync(residentId, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await codes.IssueAsync(residentId, user.SubjectId()!, cancellationToken));

    private static async Task<Results<Ok<ProxyRelationship>, NotFound, ValidationProblem, ProblemHttpResult>> RecordProxyAsync(
        string residentId, RecordProxy request, ClaimsPrincipal user, IdentityVault vault, ProxyRelationships proxies, CancellationToken cancellationToken)
    {
        if ((request.ProxyResidentId is null) == (request.ProxyStaffId is null) || (request.ProxyStaffId is not null && request.Relationship != ProxyKind.Counter))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["proxyResidentId"] = ["Give exactly one of proxyResidentId (a family member or care manager, enrolled) or proxyStaffId (with relationship Counter)."],
            });
        }

        if (await vault.GetAsync(residentId, cancellationToken) is null
            || (request.ProxyResidentId is { } proxyId && await vault.GetAsync(proxyId, cancellationToken) is null))
        {
            return TypedResults.NotFound();
        }

        var proxySubject = request.ProxyResidentId is { } id ? await vault.PseudonymAsync(id, EnrolmentCodes.GatewayDomain, cancellationToken) : "staff:" + request.ProxyStaffId;
        if (proxySubject == user.SubjectId())
        {
            // Counter staff act for a resident only through a recorded relationship; one a clerk records for themselves checks nothing.
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden / 禁止されています",
                detail: "自分自身を代理人として登録することはできません。別の職員が登録してください。 A clerk cannot record themselves as a proxy; another member of the counter staff must record it.");
        }

        return TypedResults.Ok(await proxies.RecordAsync(residentId, proxySubject, request.Relationship, user.SubjectId()!, request.Until, cancellationToken));
    }
}

using CityOs.Consent.Access;
using CityOs.Consent.Decisions;
using CityOs.Consent.Ledger;
using CityOs.Consent.Purposes;
using CityOs.Consent.Records;
using CityOs.Consent.Statistics;
using CityOs.Consent.Vault;
using CityOs.Contracts.Consent;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Consent.Apis;

public static class ConsentApi
{
    public static RouteGroupBuilder MapConsentEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/purposes", (PurposeCatalogue catalogue) => TypedResults.Ok(new { version = catalogue.Version, purposes = catalogue.Purposes, categories = catalogue.Categories }))
            .WithName("ListPurposes").WithSummary("The purposes catalogue, in Japanese and English, shown before consent is given.").WithTags("Purposes");

        // Counter clerks and domain desks enrol; a domain service enrols over HTTP only on behalf of its signed-in staff.
        group.MapPost("/residents", EnrolAsync).RequireAuthorization(CityPolicies.CounterOrStaff).WithTags("Residents").WithName("EnrolResident").WithSummary("Enrol a resident once (a counter clerk or a domain desk); a domain gets back only its own pseudonym.");
        // Self or a recorded proxy only: the filter answers 403 before anything is looked up.
        var residents = group.MapGroup("/residents/{residentId}").WithTags("Residents")
            .RequireAuthorization(CityPolicies.ActForResident).AddEndpointFilter<ResidentAccessFilter>();
        residents.MapGet("/consents", ListConsentsAsync).WithName("ListConsents").WithSummary("The resident's consents, in plain language.");
        residents.MapPost("/consents", GrantAsync).WithName("GrantConsent").WithSummary("Give consent to a purpose.");
        residents.MapPost("/consents/{consentId}/renew", RenewAsync).WithName("RenewConsent").WithSummary("Renew a consent (send the version you saw).");
        residents.MapPost("/consents/{consentId}/withdraw", WithdrawAsync).WithName("WithdrawConsent").WithSummary("Withdraw a consent; effective when this answers.");
        residents.MapGet("/ledger", TrackerAsync).WithName("DataTracker").WithSummary("Who saw what of my data, when and why.");

        // Services ask over the bus (RequestLink); over HTTP only people at a domain desk and partners holding the scope.
        group.MapPost("/links", DecideAsync).RequireAuthorization(CityPolicies.StaffOrPartner(CityScopes.ConsentLinks)).WithName("DecideLink").WithSummary("Ask to link a resident to another domain for a purpose.").WithTags("Links");

        // The office reviews these: pseudonyms and counts, never a name.
        var ledger = group.MapGroup("/ledger").WithTags("Ledger").RequireAuthorization(CityPolicies.Analyst);
        ledger.MapGet("/verify", async (DisclosureLedger l, CancellationToken ct) => TypedResults.Ok(await l.VerifyAsync(ct)))
            .WithName("VerifyLedger").WithSummary("Recompute the hash chain; reports the first broken entry.");
        ledger.MapGet("/break-glass", async (DisclosureLedger l, CancellationToken ct) => TypedResults.Ok(await l.FlaggedAsync(ct)))
            .WithName("BreakGlassAccesses").WithSummary("Every emergency access, for the office's review (pseudonyms only).");

        group.MapGet("/statistics/opt-in", async (OptInStatistics stats, CancellationToken ct) => TypedResults.Ok(await stats.ComputeAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst).WithName("OptInStatistics").WithSummary("Opt-in rates by purpose and district; cells under 10 people suppressed.").WithTags("Statistics");
        group.MapGet("/break-glass", async (BreakGlassRegistry w, CancellationToken ct) => TypedResults.Ok(await w.AllAsync(ct)))
            .RequireAuthorization(CityPolicies.Analyst).WithName("BreakGlassWindows").WithSummary("Declared emergency windows.").WithTags("Break-glass");
        return group;
    }

    private static async Task<Results<Created<EnrolResponse>, Ok<EnrolResponse>, ValidationProblem>> EnrolAsync(EnrolRequest request, IdentityVault vault, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var enrolment = await vault.EnrolAsync(request.ToNewResident(), cancellationToken);
        var response = request.ForDomain is { } domain
            ? new EnrolResponse(null, await vault.PseudonymAsync(enrolment.ResidentId, domain, cancellationToken), enrolment.Existing)
            : new EnrolResponse(enrolment.ResidentId, null, enrolment.Existing);
        return enrolment.Existing ? TypedResults.Ok(response) : TypedResults.Created((string?)null, response);
    }

    private static async Task<Results<Ok<IReadOnlyList<ConsentView>>, NotFound>> ListConsentsAsync(string residentId, IdentityVault vault, ConsentStore records, PurposeCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (await vault.GetAsync(residentId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var list = (await records.ForSubjectAsync(residentId, cancellationToken)).Select(d => ConsentView.From(d.Value, catalogue)).ToList();
        return TypedResults.Ok<IReadOnlyList<ConsentView>>(list);
    }

    private static Task<IResult> GrantAsync(string residentId, GrantConsent command, ConsentService consents, PurposeCatalogue catalogue, CancellationToken cancellationToken) =>
        Guard(async () => TypedResults.Created($"/api/consent/v1/residents/{residentId}/consents", ConsentView.From(await consents.GrantAsync(residentId, command, cancellationToken), catalogue)));

    private static Task<IResult> RenewAsync(string residentId, string consentId, ChangeConsent command, ConsentService consents, PurposeCatalogue catalogue, CancellationToken cancellationToken) =>
        Guard(async () => TypedResults.Ok(ConsentView.From(await consents.RenewAsync(residentId, consentId, command, cancellationToken), catalogue)));

    private static Task<IResult> WithdrawAsync(string residentId, string consentId, ChangeConsent command, ConsentService consents, PurposeCatalogue catalogue, CancellationToken cancellationToken) =>
        Guard(async () => TypedResults.Ok(ConsentView.From(await consents.WithdrawAsync(residentId, consentId, command, cancellationToken), catalogue)));

    private static async Task<Results<Ok<IReadOnlyList<TrackerEntry>>, NotFound>> TrackerAsync(string residentId, IdentityVault vault, DisclosureLedger ledger, PurposeCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (await vault.GetAsync(residentId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var subjectRef = await vault.PseudonymAsync(residentId, ConsentRelay.LedgerDomain, cancellationToken);
        var entries = (await ledger.ForSubjectAsync(subjectRef, cancellationToken)).Select(e => TrackerEntry.From(e, catalogue)).ToList();
        return TypedResults.Ok<IReadOnlyList<TrackerEntry>>(entries);
    }

    private static async Task<Results<Ok<LinkDecided>, ValidationProblem>> DecideAsync(RequestLink request, LinkBroker broker, CancellationToken cancellationToken)
    {
        if (request.Categories is null || string.IsNullOrWhiteSpace(request.RequesterDomain) || string.IsNullOrWhiteSpace(request.RequesterPseudonym)
            || string.IsNullOrWhiteSpace(request.TargetDomain) || string.IsNullOrWhiteSpace(request.PurposeId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["request"] = ["requesterDomain, requesterPseudonym, targetDomain, purposeId and categories are all required."],
            });
        }

        return TypedResults.Ok(await broker.DecideAsync(request, cancellationToken));
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ConsentProblemException problem)
        {
            return problem.Kind switch
            {
                ConsentProblemKind.NotFound => TypedResults.Problem(problem.Message, statusCode: StatusCodes.Status404NotFound),
                ConsentProblemKind.Stale => TypedResults.Problem(problem.Message, statusCode: StatusCodes.Status409Conflict, title: "Stale version"),
                _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Field ?? "request"] = [problem.Message] }),
            };
        }
    }
}

using System.Security.Claims;
using CityOs.Childcare.Applications;
using CityOs.Childcare.FamilySupport;
using CityOs.Consent.Client.Residents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Childcare.Apis;

/// <summary>
/// The companion app's "my children's applications" and "my family-support requests". The parent (member) is the
/// resident Consent resolved for the signed-in caller, never a pseudonym from the request; an application or request
/// of someone else answers 404, as a missing one does.
/// </summary>
public static class ResidentChildcareApi
{
    private const int ListLimit = 100;

    public static RouteGroupBuilder MapResidentChildcareApi(this RouteGroupBuilder api)
    {
        var resident = api.MapResidentGroup("childcare");
        var applications = resident.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("", ListApplicationsAsync).WithName("ListMyChildcareApplications").WithSummary("The applications the resident made as a parent, newest first.");
        applications.MapPost("", ApplyAsync).WithName("SubmitMyChildcareApplication").WithSummary("Applies online (入所申込) with the resident as the parent.");
        applications.MapGet("/{id}", GetApplicationAsync).WithName("GetMyChildcareApplication").WithSummary("One of the resident's applications: status, points and outcome.");
        applications.MapPost("/{id}/withdraw", WithdrawAsync).WithName("WithdrawMyChildcareApplication").WithSummary("Withdraws one of the resident's applications (取下げ).");

        var support = resident.MapGroup("/family-support/requests").WithTags("FamilySupport");
        support.MapGet("", ListRequestsAsync).WithName("ListMyFamilySupportRequests").WithSummary("The resident's family-support requests, latest start first.");
        support.MapPost("", RequestSupportAsync).WithName("RequestMyFamilySupport")
            .WithSummary("Asks for help as a member (joining on the first request) and proposes the nearest free provider at once.");
        support.MapGet("/{id}", GetRequestAsync).WithName("GetMyFamilySupportRequest").WithSummary("One of the resident's requests.");
        support.MapPost("/{id}/accept", AcceptAsync).WithName("AcceptMyFamilySupport").WithSummary("The resident accepts the proposed provider as the requesting member.");
        return api;
    }

    private static async Task<Ok<ApplicationView[]>> ListApplicationsAsync(SignedInResident resident, ApplicationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.OfParentAsync(resident.Pseudonym, cancellationToken)).Take(ListLimit).Select(ApplicationView.From).ToArray());

    private static async Task<Results<Created<ApplicationView>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        string residentId, ResidentApplicationRequest request, SignedInResident resident, ClaimsPrincipal user, ResidentResolver children,
        ApplicationService service, CancellationToken cancellationToken)
    {
        var (childPseudonyms, invalid, consentDown) = await ResolveChildrenAsync(residentId, request.Children, user, children, cancellationToken);
        if (consentDown)
        {
            return ResidentResolver.Unavailable();
        }

        if (invalid is not null)
        {
            return invalid;
        }

        var (application, errors) = await service.SubmitAsync(request.For(resident.Pseudonym, childPseudonyms), "online", cancellationToken, resident.ActingAs);
        return application is null
            ? TypedResults.ValidationProblem(errors, title: "申込を受け付けられません (the application cannot be accepted)")
            : TypedResults.Created($"/api/childcare/v1/residents/{Uri.EscapeDataString(residentId)}/applications/{application.Id}", ApplicationView.From(application));
    }

    /// <summary>
    /// A parent applies only for children the caller may act for through a relationship recorded at the counter
    /// (親子関係): otherwise anyone could put any child on a waiting list. One wording whether or not the child exists.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Pseudonyms, ValidationProblem? Invalid, bool ConsentDown)> ResolveChildrenAsync(
        string parentId, IReadOnlyList<ResidentChildInput> children, ClaimsPrincipal user, ResidentResolver resolver, CancellationToken cancellationToken)
    {
        var pseudonyms = new List<string>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < children.Count; i++)
        {
            var childId = children[i].ResidentId;
            if (string.IsNullOrWhiteSpace(childId) || childId == parentId)
            {
                errors[$"children[{i}].residentId"] = ["子どもの住民IDを指定してください（申込者本人は指定できません）。 Give the child's resident id (not the applicant's)."];
                continue;
            }

            var resolution = await resolver.ResolveAsync(user, childId, "childcare", cancellationToken);
            if (resolution.Outcome == ResidentResolver.Outcome.ConsentUnavailable)
            {
                return ([], null, true);
            }

            if (resolution.Resident is not { } child)
            {
                errors[$"children[{i}].residentId"] = ["この子どもについて申込できる関係が記録されていません。窓口で親子関係を登録してください。 No recorded relationship lets you apply for this child; register it at a city counter."];
                continue;
            }

            pseudonyms.Add(child.Pseudonym);
        }

        return errors.Count == 0 ? (pseudonyms, null, false) : ([], TypedResults.ValidationProblem(errors, title: "申込を受け付けられません (the application cannot be accepted)"), false);
    }

    private static async Task<Results<Ok<ApplicationView>, NotFound>> GetApplicationAsync(string id, SignedInResident resident, ApplicationStore store, CancellationToken cancellationToken) =>
        await OwnApplicationAsync(id, resident, store, cancellationToken) is { } application ? TypedResults.Ok(ApplicationView.From(application)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ApplicationView>, NotFound>> WithdrawAsync(
        string id, SignedInResident resident, ApplicationStore store, ApplicationService service, CancellationToken cancellationToken) =>
        await OwnApplicationAsync(id, resident, store, cancellationToken) is not null && await service.WithdrawAsync(id, cancellationToken) is { } withdrawn
            ? TypedResults.Ok(ApplicationView.From(withdrawn))
            : TypedResults.NotFound();

    private static async Task<Ok<SupportRequest[]>> ListRequestsAsync(SignedInResident resident, FamilySupportStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.RequestsOfAsync(FamilySupportStore.MemberIdOf(resident.Pseudonym), ListLimit, cancellationToken)).ToArray());

    private static async Task<Results<Created<SupportRequest>, ValidationProblem>> RequestSupportAsync(
        string residentId, ResidentSupportRequestInput body, SignedInResident resident, FamilySupportStore store, SupportMatching matching, CancellationToken cancellationToken)
    {
        var member = await store.AddMemberAsync(resident.Pseudonym, cancellationToken);
        var input = body.For(member.Id);
        if (await matching.ValidateAsync(input, cancellationToken) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = await store.AddRequestAsync(input, cancellationToken, resident.ActingAs);
        var matched = await matching.MatchAsync(request.Id, cancellationToken);
        return TypedResults.Created($"/api/childcare/v1/residents/{Uri.EscapeDataString(residentId)}/family-support/requests/{request.Id}", matched?.Request ?? request);
    }

    private static async Task<Results<Ok<SupportRequest>, NotFound>> GetRequestAsync(string id, SignedInResident resident, FamilySupportStore store, CancellationToken cancellationToken) =>
        await OwnRequestAsync(id, resident, store, cancellationToken) is { } request ? TypedResults.Ok(request) : TypedResults.NotFound();

    private static async Task<Results<Ok<SupportRequest>, NotFound, ProblemHttpResult>> AcceptAsync(
        string id, SignedInResident resident, FamilySupportStore store, CancellationToken cancellationToken)
    {
        if (await OwnRequestAsync(id, resident, store, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return await store.UpdateAsync(id, r => r.AcceptedBy("member"), cancellationToken) is { } accepted
            ? TypedResults.Ok(accepted)
            : FamilySupportApi.NothingToAccept("提案された依頼だけを承諾できます (only a proposed match can be accepted)");
    }

    private static async Task<ChildcareApplication?> OwnApplicationAsync(string id, SignedInResident resident, ApplicationStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } application && application.Request.ParentPseudonyms.Contains(resident.Pseudonym) ? application : null;

    private static async Task<SupportRequest?> OwnRequestAsync(string id, SignedInResident resident, FamilySupportStore store, CancellationToken cancellationToken) =>
        await store.RequestAsync(id, cancellationToken) is { } request && request.Input.MemberId == FamilySupportStore.MemberIdOf(resident.Pseudonym) ? request : null;
}

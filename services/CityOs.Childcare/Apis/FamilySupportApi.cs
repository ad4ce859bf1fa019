using CityOs.Childcare.FamilySupport;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Apis;

/// <summary>ファミリー・サポート: requests, matching, acceptance by both sides, and the completion record with the fee.</summary>
public static class FamilySupportApi
{
    private const string Tag = "FamilySupport";

    /// <summary>
    /// Centre staff act for members and providers who named themselves at the desk or on the phone; members use
    /// their own routes under <c>/residents/{residentId}/family-support</c>.
    /// </summary>
    public static RouteGroupBuilder MapFamilySupportStaffApi(this RouteGroupBuilder staff)
    {
        var fs = staff.MapGroup("/family-support").WithTags(Tag);
        fs.MapPost("/members", async (MemberRequest request, FamilySupportStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.AddMemberAsync(request.Pseudonym, cancellationToken)))
            .WithName("RegisterFamilySupportMember").WithSummary("Registers a parent as a member who asks for help (once per pseudonym).");
        fs.MapPost("/requests", async Task<Results<Created<SupportRequest>, ValidationProblem>> (SupportRequestInput input, FamilySupportStore store, SupportMatching matching, CancellationToken cancellationToken) =>
                await matching.ValidateAsync(input, cancellationToken) is { Count: > 0 } errors
                    ? TypedResults.ValidationProblem(errors)
                    : Created(await store.AddRequestAsync(input, cancellationToken)))
            .WithName("RequestFamilySupport").WithSummary("Asks for help for a member, e.g. a nursery pick-up at 18:00 and a walk home.");
        fs.MapGet("/requests/{id}", async Task<Results<Ok<SupportRequest>, NotFound>> (string id, FamilySupportStore store, CancellationToken cancellationToken) =>
                await store.RequestAsync(id, cancellationToken) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithName("GetFamilySupportRequest").WithSummary("The request's status, match, acceptances and completion.");
        fs.MapPost("/requests/{id}/match", async Task<Results<Ok<SupportRequest>, NotFound, ProblemHttpResult>> (string id, SupportMatching matching, CancellationToken cancellationToken) =>
                await matching.MatchAsync(id, cancellationToken) switch
                {
                    null => TypedResults.NotFound(),
                    { Changed: false } kept => AlreadyAgreed(kept.Request),
                    var matched => TypedResults.Ok(matched.Request),
                })
            .WithName("MatchFamilySupport").WithSummary("Proposes the nearest free, vetted provider qualified for the child's age.");
        fs.MapPost("/requests/{id}/accept", async Task<Results<Ok<SupportRequest>, NotFound, ProblemHttpResult>> (string id, AcceptInput input, FamilySupportStore store, CancellationToken cancellationToken) =>
            {
                var updated = await store.UpdateAsync(id, r => r.AcceptedBy(input.Party), cancellationToken);
                return updated is not null ? TypedResults.Ok(updated)
                    : await store.RequestAsync(id, cancellationToken) is null ? TypedResults.NotFound()
                    : NothingToAccept("party must be member or provider, on a proposed match");
            }).WithName("AcceptFamilySupport").WithSummary("Member or provider accepts; the match stands when both have.");
        fs.MapPost("/requests/{id}/complete", async Task<Results<Ok<SupportRequest>, NotFound, ProblemHttpResult>> (string id, CompleteInput input, FamilySupportStore store, IOptions<FamilySupportOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var updated = await store.UpdateAsync(id, r =>
                {
                    if (r.Status != "accepted" || input.Minutes <= 0)
                    {
                        return null;
                    }

                    var (rate, fee) = FeeCalculator.Fee(r.Input.Start, input.Minutes, options.Value);
                    return r with { Status = "completed", Completion = new Completion(input.Minutes, rate, fee, time.GetUtcNow()) };
                }, cancellationToken);
                return updated is not null ? TypedResults.Ok(updated)
                    : await store.RequestAsync(id, cancellationToken) is null ? TypedResults.NotFound()
                    : TypedResults.Problem(statusCode: 409, title: "完了できません (cannot complete)", detail: "only an accepted match with positive minutes");
            }).WithName("CompleteFamilySupport").WithSummary("Records the activity and the fee due; members settle it between themselves.");
        fs.MapPost("/providers", async (Provider provider, FamilySupportStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.AddProviderAsync(provider, cancellationToken)))
            .WithName("RegisterFamilySupportProvider").WithSummary("Centre staff register a provider with training, vetting and qualifications.");
        fs.MapPost("/requests/{id}/override", async Task<Results<Ok<SupportRequest>, NotFound, ValidationProblem>> (string id, OverrideInput input, FamilySupportStore store, CancellationToken cancellationToken) =>
            {
                if (await store.ProviderAsync(input.ProviderId, cancellationToken) is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["providerId"] = ["提供会員がいません (no such provider)"] });
                }

                // Staff judgement wins over the matcher, but both members still have to accept the new match.
                var updated = await store.UpdateAsync(id, r => r with
                {
                    Status = "proposed", ProviderId = input.ProviderId, DistanceKm = null, OverriddenBy = input.StaffId,
                    MemberAccepted = false, ProviderAccepted = false, Completion = null,
                }, cancellationToken);
                return updated is null ? TypedResults.NotFound() : TypedResults.Ok(updated);
            }).WithName("OverrideFamilySupportMatch").WithSummary("Centre staff set the provider of any request.");
        return staff;
    }

    internal static ProblemHttpResult AlreadyAgreed(SupportRequest r) =>
        TypedResults.Problem(statusCode: 409, title: "すでに成立しています (already agreed)", detail: $"status {r.Status}");

    internal static ProblemHttpResult NothingToAccept(string detail) =>
        TypedResults.Problem(statusCode: 409, title: "承諾できません (nothing to accept)", detail: detail);

    private static Created<SupportRequest> Created(SupportRequest r) => TypedResults.Created($"/api/childcare/v1/family-support/requests/{r.Id}", r);
}

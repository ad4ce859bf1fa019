using CityOs.Childcare.Facilities;
using CityOs.Childcare.FamilySupport;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityOs.Childcare.Apis;

/// <summary>ファミリー・サポート: requests, matching, acceptance by both sides, and the completion record with the fee.</summary>
public static class FamilySupportApi
{
    private const string Tag = "FamilySupport";

    public static RouteGroupBuilder MapFamilySupportApi(this RouteGroupBuilder group)
    {
        var fs = group.MapGroup("/family-support").WithTags(Tag);
        fs.MapPost("/members", (MemberRequest request, FamilySupportStore store) => TypedResults.Ok(store.AddMember(request.Pseudonym)))
            .WithName("RegisterFamilySupportMember").WithSummary("A parent joins as a member who asks for help.");
        fs.MapPost("/requests", Results<Created<SupportRequest>, ValidationProblem> (SupportRequestInput input, FamilySupportStore store, FacilityCatalog facilities) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (store.Member(input.MemberId) is null)
                {
                    errors["memberId"] = ["会員登録がありません (not a registered member)"];
                }

                if (facilities.Find(input.FromFacilityId) is null)
                {
                    errors["fromFacilityId"] = ["施設がありません (no such facility)"];
                }

                if (input.DurationMinutes is < 15 or > 12 * 60)
                {
                    errors["durationMinutes"] = ["15分〜12時間で指定してください (15 minutes to 12 hours)"];
                }

                return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : Created(store.AddRequest(input));
            }).WithName("RequestFamilySupport").WithSummary("Asks for help, e.g. a nursery pick-up at 18:00 and a walk home.");
        fs.MapGet("/requests/{id}", Results<Ok<SupportRequest>, NotFound> (string id, FamilySupportStore store) =>
                store.Request(id) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithName("GetFamilySupportRequest").WithSummary("The request's status, match, acceptances and completion.");
        fs.MapPost("/requests/{id}/match", Results<Ok<SupportRequest>, NotFound, ProblemHttpResult> (string id, FamilySupportStore store, FacilityCatalog facilities, IOptions<FamilySupportOptions> options) =>
            {
                if (store.Request(id) is not { } request)
                {
                    return TypedResults.NotFound();
                }

                var found = SupportMatcher.Match(request.Input, facilities.Find(request.Input.FromFacilityId)!, store.Providers(), options.Value);
                var updated = store.Update(id, r => r.Status is "open" or "proposed" or "unmatched"
                    ? r with { Status = found is null ? "unmatched" : "proposed", ProviderId = found?.Provider.Id, DistanceKm = found?.DistanceKm, MemberAccepted = false, ProviderAccepted = false }
                    : null);
                return updated is null
                    ? TypedResults.Problem(statusCode: 409, title: "すでに成立しています (already agreed)", detail: $"status {request.Status}")
                    : TypedResults.Ok(updated);
            }).WithName("MatchFamilySupport").WithSummary("Proposes the nearest free, vetted provider qualified for the child's age.");
        fs.MapPost("/requests/{id}/accept", Results<Ok<SupportRequest>, NotFound, ProblemHttpResult> (string id, AcceptInput input, FamilySupportStore store) =>
            {
                var updated = store.Update(id, r => r.Status != "proposed" ? null : input.Party switch
                {
                    "member" => Agreed(r with { MemberAccepted = true }),
                    "provider" => Agreed(r with { ProviderAccepted = true }),
                    _ => null,
                });
                return updated is not null ? TypedResults.Ok(updated)
                    : store.Request(id) is null ? TypedResults.NotFound()
                    : TypedResults.Problem(statusCode: 409, title: "承諾できません (nothing to accept)", detail: "party must be member or provider, on a proposed match");
            }).WithName("AcceptFamilySupport").WithSummary("Member or provider accepts; the match stands when both have.");
        fs.MapPost("/requests/{id}/complete", Results<Ok<SupportRequest>, NotFound, ProblemHttpResult> (string id, CompleteInput input, FamilySupportStore store, IOptions<FamilySupportOptions> options, TimeProvider time) =>
            {
                var updated = store.Update(id, r =>
                {
                    if (r.Status != "accepted" || input.Minutes <= 0)
                    {
                        return null;
                    }

                    var (rate, fee) = FeeCalculator.Fee(r.Input.Start, input.Minutes, options.Value);
                    return r with { Status = "completed", Completion = new Completion(input.Minutes, rate, fee, time.GetUtcNow()) };
                });
                return updated is not null ? TypedResults.Ok(updated)
                    : store.Request(id) is null ? TypedResults.NotFound()
                    : TypedResults.Problem(statusCode: 409, title: "完了できません (cannot complete)", detail: "only an accepted match with positive minutes");
            }).WithName("CompleteFamilySupport").WithSummary("Records the activity and the fee due; members settle it between themselves.");
        return group;
    }

    public static RouteGroupBuilder MapFamilySupportStaffApi(this RouteGroupBuilder staff)
    {
        var fs = staff.MapGroup("/family-support").WithTags(Tag);
        fs.MapPost("/providers", (Provider provider, FamilySupportStore store) => TypedResults.Ok(store.AddProvider(provider)))
            .WithName("RegisterFamilySupportProvider").WithSummary("Centre staff register a provider with training, vetting and qualifications.");
        fs.MapPost("/requests/{id}/override", Results<Ok<SupportRequest>, NotFound, ValidationProblem> (string id, OverrideInput input, FamilySupportStore store) =>
            {
                if (store.Provider(input.ProviderId) is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["providerId"] = ["提供会員がいません (no such provider)"] });
                }

                // Staff judgement wins over the matcher, but both members still have to accept the new match.
                var updated = store.Update(id, r => r with
                {
                    Status = "proposed", ProviderId = input.ProviderId, DistanceKm = null, OverriddenBy = input.StaffId,
                    MemberAccepted = false, ProviderAccepted = false, Completion = null,
                });
                return updated is null ? TypedResults.NotFound() : TypedResults.Ok(updated);
            }).WithName("OverrideFamilySupportMatch").WithSummary("Centre staff set the provider of any request.");
        return staff;
    }

    private static SupportRequest Agreed(SupportRequest r) => r.MemberAccepted && r.ProviderAccepted ? r with { Status = "accepted" } : r;

    private static Created<SupportRequest> Created(SupportRequest r) => TypedResults.Created($"/api/childcare/v1/family-support/requests/{r.Id}", r);
}

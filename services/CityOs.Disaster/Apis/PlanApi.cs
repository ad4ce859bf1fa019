using System.Security.Claims;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class PlanApi
{
    /// <summary>The staff member who writes or confirms a plan is recorded from the sign-in (the token), not from the body.</summary>
    public sealed record PlanBody(string? ShelterId, IReadOnlyList<string>? SupporterIds, string? Method);

    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder group)
    {
        // Staff's desk: a plan by pseudonym is personal data. Residents reach their own plan through /residents/{residentId}/...
        var plans = group.MapGroup("/plans").WithTags("Plans").RequireAuthorization(CityPolicies.Staff);
        plans.MapGet("/{pseudonym}", Results<Ok<EvacuationPlan>, NotFound> (string pseudonym, PlanStore store) =>
                store.Find(pseudonym) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithName("GetPlan").WithSummary("A resident's individual evacuation plan (個別避難計画).");
        plans.MapPut("/{pseudonym}", SaveAsync).WithName("SavePlan").WithSummary("Staff write a resident's plan (confirmed).");
        plans.MapPost("/{pseudonym}/propose", ProposeAsync).WithName("ProposePlan").WithSummary("The service proposes a plan: nearest suitable shelter and supporter. Staff confirm it.");
        plans.MapPost("/{pseudonym}/confirm", ConfirmAsync).WithName("ConfirmPlan").WithSummary("Staff confirm a proposed plan.");
        return group;
    }

    private static async Task<Results<Ok<EvacuationPlan>, ValidationProblem, NotFound>> SaveAsync(
        string pseudonym, PlanBody body, ClaimsPrincipal user, RegistryStore registry, ShelterBoard shelters, SupporterRoster supporters, PlanStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (registry.Find(pseudonym) is not { } resident)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (body.Method is null || !EvacuationMethod.All.Contains(body.Method))
        {
            errors["method"] = [$"{string.Join(", ", EvacuationMethod.All)} のいずれか / one of these"];
        }

        if (body.ShelterId is { } shelterId)
        {
            var shelter = shelters.Find(shelterId);
            if (shelter is null)
            {
                errors["shelterId"] = ["避難所が見つかりません / unknown shelter"];
            }
            else if (!GuidancePlanner.Suits(shelter, resident))
            {
                errors["shelterId"] = ["この方に必要な設備（車いす対応・福祉避難所）がありません / shelter lacks the accessibility this resident needs"];
            }
        }

        var known = supporters.InDistrict(resident.District).Select(s => s.Id).ToHashSet();
        if (body.SupporterIds?.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
        {
            errors["supporterIds"] = [$"{unknown}: この地区の支援者ではありません / not a supporter in this district"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await store.SaveAsync(new EvacuationPlan
        {
            Pseudonym = pseudonym,
            ShelterId = body.ShelterId,
            SupporterIds = body.SupporterIds ?? [],
            Method = body.Method!,
            Source = "staff",
            Confirmed = true,
            StaffId = user.SubjectId(),
            UpdatedAt = time.GetUtcNow(),
        }, cancellationToken));
    }

    private static async Task<Results<Ok<EvacuationPlan>, NotFound, Conflict<string>>> ProposeAsync(
        string pseudonym, RegistryStore registry, ShelterBoard shelters, SupporterRoster supporters, PlanStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (registry.Find(pseudonym) is not { } resident)
        {
            return TypedResults.NotFound();
        }

        if (store.Find(pseudonym) is { Confirmed: true })
        {
            return TypedResults.Conflict("確定済みの計画があります / a confirmed plan exists");
        }

        // Proposals ignore today's occupancy and promises: a plan is for any future emergency.
        var planned = GuidancePlanner.Plan(new PlanningInput
        {
            Residents = [resident],
            Plans = new Dictionary<string, EvacuationPlan>(),
            Shelters = [.. shelters.All().Select(s => s with { Occupancy = 0, Open = true })],
            Reserved = new Dictionary<string, int>(),
            SupportersIn = supporters.InDistrict,
            SupporterLoad = new Dictionary<string, int>(),
            FloodingDistricts = new HashSet<string>(),
        }, out _, out _)[0];
        return TypedResults.Ok(await store.SaveAsync(new EvacuationPlan
        {
            Pseudonym = pseudonym,
            ShelterId = planned.ShelterId,
            SupporterIds = planned.SupporterId is { } s ? [s] : [],
            Method = planned.Method,
            Source = "proposed",
            Confirmed = false,
            UpdatedAt = time.GetUtcNow(),
        }, cancellationToken));
    }

    private static async Task<Results<Ok<EvacuationPlan>, NotFound>> ConfirmAsync(
        string pseudonym, ClaimsPrincipal user, PlanStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (store.Find(pseudonym) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await store.SaveAsync(plan with { Confirmed = true, StaffId = user.SubjectId(), UpdatedAt = time.GetUtcNow() }, cancellationToken));
    }
}

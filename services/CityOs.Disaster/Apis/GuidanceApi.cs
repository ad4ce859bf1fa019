using CityOs.Disaster.Alerts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Shelters;
using CityOs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

public static class GuidanceApi
{
    public sealed record GuidanceView(ResidentGuidance Guidance, ShelterView? Shelter);

    public static RouteGroupBuilder MapGuidanceApi(this RouteGroupBuilder group)
    {
        var guidance = group.MapGroup("/guidance").WithTags("Guidance");
        guidance.MapGet("/summary", (AlertBoard alerts, RegistryStore registry, GuidanceBoard board) => TypedResults.Ok(GuidanceSummary.Compute(alerts, registry, board)))
            .RequireAuthorization(CityPolicies.StaffOrAnalyst).WithName("GuidanceSummary").WithSummary("Affected, guided, assisted and unassisted residents with reasons (counts only).");
        guidance.MapGet("/unassisted", (GuidanceBoard board) => TypedResults.Ok(board.Where(g => g.Status == GuidanceStatus.Unassisted)))
            .RequireAuthorization(CityPolicies.Staff).WithName("Unassisted").WithSummary("Everyone who could not be helped, with the reason (pseudonyms, for the disaster desk).");
        guidance.MapGet("/{pseudonym}", Results<Ok<GuidanceView>, NotFound> (string pseudonym, GuidanceBoard board, ShelterBoard shelters) =>
                board.Find(pseudonym) is { } g
                    ? TypedResults.Ok(new GuidanceView(g with { RideRequest = null }, g.ShelterId is { } s && shelters.Find(s) is { } shelter ? ShelterView.From(shelter) : null))
                    : TypedResults.NotFound())
            .RequireAuthorization(CityPolicies.Staff).WithName("ResidentGuidance").WithSummary("One resident's guidance: their shelter with its current occupancy, supporter and how to go.");
        group.MapGet("/supporters/{supporterId}/assignments", (string supporterId, GuidanceBoard board) =>
                TypedResults.Ok(board.Where(g => g.SupporterId == supporterId).Select(g => new { g.Pseudonym, g.ShelterId, g.Method })))
            .RequireAuthorization(CityPolicies.Staff).WithName("SupporterAssignments").WithSummary("Who a supporter helps now (pseudonyms; contact details via the registry-to-supporters link).").WithTags("Guidance");
        return group;
    }
}

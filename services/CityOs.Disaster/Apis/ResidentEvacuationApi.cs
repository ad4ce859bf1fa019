using CityOs.Consent.Client.Residents;
using CityOs.Disaster.Alerts;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Safety;
using CityOs.Disaster.Shelters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityOs.Disaster.Apis;

/// <summary>
/// The companion app's "my evacuation plan" and "I am safe", for the signed-in resident or their recorded proxy.
/// Consent resolves who that is (<see cref="ResidentRoutes.MapResidentGroup"/>); this domain sees only its pseudonym.
/// Supporters are shown as a count: their contact details reach a resident through the supporter, not through the app.
/// </summary>
public static class ResidentEvacuationApi
{
    public sealed record PlanView(ShelterView? Shelter, string Method, bool Confirmed, int Supporters, DateTimeOffset UpdatedAt);

    public sealed record GuidanceNow(string Status, string? Reason, string Method, ShelterView? Shelter, bool SupporterAssigned, bool RideBooked, DateTimeOffset At);

    public sealed record SafetyView(string Status, string ReportedBy, string? ShelterId, DateTimeOffset At);

    public sealed record EvacuationView(bool Registered, string? District, int AlertLevel, PlanView? Plan, GuidanceNow? Guidance, SafetyView? Safety, string? ActingAs);

    public sealed record SafetyBody(string? Status, string? ShelterId, string? District);

    public static RouteGroupBuilder MapResidentEvacuationApi(this RouteGroupBuilder group)
    {
        var resident = group.MapResidentGroup(DisasterDomain.Name);
        resident.MapGet("/evacuation", Get).WithName("MyEvacuation")
            .WithSummary("わたしの避難計画: the signed-in resident's plan, today's guidance and their last safety report.");
        resident.MapPost("/safety", ReportAsync).WithName("ReportMySafety")
            .WithSummary("「無事です」: the resident (or their recorded proxy) reports safe, needs help or at a shelter.");
        return group;
    }

    private static Ok<EvacuationView> Get(SignedInResident resident, RegistryStore registry, PlanStore plans, GuidanceBoard guidance, SafetyBoard safety, ShelterBoard shelters, AlertBoard alerts)
    {
        var entry = registry.Find(resident.Pseudonym);
        var report = safety.LatestOf(resident.Pseudonym);
        var district = entry?.District ?? report?.District;
        var plan = plans.Find(resident.Pseudonym) is { } p
            ? new PlanView(ShelterOf(p.ShelterId, shelters), p.Method, p.Confirmed, p.SupporterIds.Count, p.UpdatedAt)
            : null;
        var now = guidance.Find(resident.Pseudonym) is { } g
            ? new GuidanceNow(g.Status, g.Reason, g.Method, ShelterOf(g.ShelterId, shelters), g.SupporterId is not null, g.RideId is not null, g.At)
            : null;
        return TypedResults.Ok(new EvacuationView(
            entry is not null, district, district is null ? 0 : alerts.LevelOf(district), plan, now,
            report is null ? null : new SafetyView(report.Status, report.ReportedBy, report.ShelterId, report.At), resident.ActingAs));
    }

    private static async Task<Results<Ok<SafetyView>, ValidationProblem>> ReportAsync(
        SignedInResident resident, SafetyBody body, RegistryStore registry, SafetyBoard safety, ShelterBoard shelters, DistrictCatalogue districts, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Status is null || !SafetyStatus.All.Contains(body.Status))
        {
            errors["status"] = ["safe, needs-help, at-shelter のいずれか / one of safe, needs-help, at-shelter"];
        }

        if (body.ShelterId is { } shelterId && shelters.Find(shelterId) is null)
        {
            errors["shelterId"] = ["避難所が見つかりません / unknown shelter"];
        }

        // Someone not in the registry is unknown to this domain until now: they say which district they are in.
        var district = registry.Find(resident.Pseudonym)?.District ?? safety.LatestOf(resident.Pseudonym)?.District ?? body.District;
        if (district is null || districts.Find(district) is null)
        {
            errors["district"] = ["お住まいの地区を選んでください / choose your district"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = await safety.ReportAsync(new SafetyReport
        {
            Pseudonym = resident.Pseudonym,
            District = district!,
            Status = body.Status!,
            ReportedBy = resident.Actor,
            ShelterId = body.ShelterId,
            At = time.GetUtcNow(),
        }, cancellationToken);
        return TypedResults.Ok(new SafetyView(report.Status, report.ReportedBy, report.ShelterId, report.At));
    }

    private static ShelterView? ShelterOf(string? shelterId, ShelterBoard shelters) =>
        shelterId is not null && shelters.Find(shelterId) is { } shelter ? ShelterView.From(shelter) : null;
}

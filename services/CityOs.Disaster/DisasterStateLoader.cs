using CityOs.Disaster.Alerts;
using CityOs.Disaster.Districts;
using CityOs.Disaster.Guidance;
using CityOs.Disaster.Registry;
using CityOs.Disaster.Safety;
using CityOs.Disaster.Shelters;
using CityOs.Disaster.Supporters;
using Microsoft.Extensions.Options;

namespace CityOs.Disaster;

/// <summary>Loads the in-memory indexes from the store (the record) and seeds shelters and supporters, before the service handles anything.</summary>
internal sealed class DisasterStateLoader(
    DistrictCatalogue districts,
    RegistryStore registry,
    PlanStore plans,
    ShelterBoard shelters,
    SupporterRoster supporters,
    SafetyBoard safety,
    DeclarationBoard declarations,
    AlertCoordinator alerts,
    AlertBoard levels,
    GuidanceBoard guidance,
    GuidanceQueue queue,
    CityOs.Storage.IDocumentStore store,
    IOptions<DisasterOptions> options,
    ILogger<DisasterStateLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await shelters.SeedAsync(DataFiles.ReadJson<ShelterFile>(options.Value.SheltersFile).Shelters, cancellationToken);
        supporters.Seed(districts.All, options.Value.SupportersPerResident);
        await registry.LoadAsync(districts.Codes, cancellationToken);
        await plans.LoadAsync(cancellationToken);
        await safety.LoadAsync(districts.Codes, cancellationToken);
        await declarations.LoadAsync(cancellationToken);
        await alerts.LoadAsync(cancellationToken);
        await ResumeGuidanceAsync(cancellationToken);
        logger.LogInformation("Disaster state loaded: {Registered} registered, {Shelters} shelters, {Supporters} supporters", registry.Count, shelters.All().Count, supporters.Count);
    }

    /// <summary>
    /// A restart mid-alert must carry on where it stopped: guidance comes back from the plan-sets, residents of
    /// districts at level 3+ still without guidance are planned, denied ones in declared districts are asked
    /// again, and rides still waiting are requested again (Mobility books each request id once).
    /// </summary>
    private async Task ResumeGuidanceAsync(CancellationToken cancellationToken)
    {
        var restored = new List<ResidentGuidance>();
        foreach (var district in districts.Codes)
        {
            if (await store.GetAsync<DistrictPlanSet>(GuidanceEngine.Container, district, "plan-set", cancellationToken) is { } set)
            {
                restored.AddRange(set.Value.Guidance);
            }
        }

        guidance.Restore(restored);
        var alerted = levels.Levels().Where(l => l.Value >= 3).Select(l => l.Key).ToList();
        if (alerted.Count == 0 && restored.Count == 0)
        {
            return;
        }

        queue.Enqueue(new GuidanceWork { Trigger = "resume" });
        queue.Enqueue(new GuidanceWork { Trigger = "alert", Districts = alerted });
        // Break-glass guidance follows once the open declarations, announced again by DeclarationBoard.LoadAsync, are out.
        logger.LogWarning("Guidance resumed after a restart: {Guidance} residents restored, {Districts} districts at level 3 or more", restored.Count, alerted.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

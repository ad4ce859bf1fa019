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
        logger.LogInformation("Disaster state loaded: {Registered} registered, {Shelters} shelters, {Supporters} supporters", registry.Count, shelters.All().Count, supporters.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

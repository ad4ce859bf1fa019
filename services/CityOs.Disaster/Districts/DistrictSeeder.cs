using Microsoft.Extensions.Options;

namespace CityOs.Disaster.Districts;

/// <summary>Seeds the districts at start-up. The file is read before the host starts serving, so a broken file fails fast.</summary>
internal sealed class DistrictSeeder(DistrictStore districts, DistrictCatalogue catalogue, ILogger<DistrictSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await districts.SeedAsync(catalogue.All, cancellationToken);
        logger.LogInformation("Seeded {Count} districts", catalogue.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

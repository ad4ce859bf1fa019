using CityOs.ServiceDefaults;

namespace CityOs.Disaster.Districts;

/// <summary>The file is read while the host starts (DistrictCatalogue), so a broken file fails fast; the store may come later.</summary>
internal sealed class DistrictSeeder(DistrictStore districts, DistrictCatalogue catalogue, ILogger<DistrictSeeder> logger) : StoreSeeder(logger)
{
    protected override string What => "districts";

    protected override async Task SeedAsync(CancellationToken cancellationToken)
    {
        await districts.SeedAsync(catalogue.All, cancellationToken);
        logger.LogInformation("Seeded {Count} districts", catalogue.All.Count);
    }
}

using Microsoft.Extensions.Options;

namespace CityOs.Disaster.Districts;

public sealed class DisasterOptions
{
    public const string Section = "Disaster";

    /// <summary>Relative paths resolve against the application's folder, where the build copies data/districts.csv.</summary>
    public string DistrictsFile { get; set; } = "data/districts.csv";
}

/// <summary>Seeds the districts at start-up. The file is read before the host starts serving, so a broken file fails fast.</summary>
internal sealed class DistrictSeeder(DistrictStore districts, IOptions<DisasterOptions> options, ILogger<DistrictSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.DistrictsFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(DisasterOptions.Section, typeof(DisasterOptions), [$"Disaster:DistrictsFile '{path}' does not exist."]);
        }

        var loaded = DistrictCsv.Load(path);
        await districts.SeedAsync(loaded, cancellationToken);
        logger.LogInformation("Seeded {Count} districts", loaded.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

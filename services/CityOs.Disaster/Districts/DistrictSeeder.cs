using CityOs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CityOs.Disaster.Districts;

public sealed class DisasterOptions
{
    public const string Section = "Disaster";

    /// <summary>Relative paths resolve against the application's folder, where the build copies data/districts.csv.</summary>
    public string DistrictsFile { get; set; } = "data/districts.csv";
}

/// <summary>The file is read while the host starts, so a broken file fails fast; the store may come later.</summary>
internal sealed class DistrictSeeder(DistrictStore districts, IOptions<DisasterOptions> options, ILogger<DistrictSeeder> logger) : StoreSeeder(logger)
{
    private IReadOnlyList<District> _loaded = [];

    protected override string What => "districts";

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.DistrictsFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(DisasterOptions.Section, typeof(DisasterOptions), [$"Disaster:DistrictsFile '{path}' does not exist."]);
        }

        _loaded = DistrictCsv.Load(path);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task SeedAsync(CancellationToken cancellationToken)
    {
        await districts.SeedAsync(_loaded, cancellationToken);
        logger.LogInformation("Seeded {Count} districts", _loaded.Count);
    }
}

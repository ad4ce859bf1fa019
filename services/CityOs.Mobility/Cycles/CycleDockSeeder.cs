using System.Text.Json;
using CityOs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Cycles;

/// <summary>Reads the dock catalogue while the host starts (a missing or broken file fails fast) and seeds it once the store answers.</summary>
internal sealed class CycleDockSeeder(CycleDockStore docks, IOptions<CycleOptions> options, ILogger<CycleDockSeeder> logger) : StoreSeeder(logger)
{
    private List<CycleDock> _loaded = [];

    protected override string What => "share-cycle docks";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.CycleDocksFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(CycleOptions.Section, typeof(CycleOptions), [$"Mobility:CycleDocksFile '{path}' does not exist."]);
        }

        await using (var file = File.OpenRead(path))
        {
            _loaded = await JsonSerializer.DeserializeAsync<List<CycleDock>>(file, JsonSerializerOptions.Web, cancellationToken)
                ?? throw new OptionsValidationException(CycleOptions.Section, typeof(CycleOptions), [$"Mobility:CycleDocksFile '{path}' holds no docks."]);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task SeedAsync(CancellationToken cancellationToken)
    {
        await docks.SeedAsync(_loaded, cancellationToken);
        logger.LogInformation("Seeded {Count} share-cycle docks", _loaded.Count);
    }
}

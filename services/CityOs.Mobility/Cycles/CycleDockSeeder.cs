using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Cycles;

/// <summary>Seeds the dock catalogue at start-up; a missing or broken file fails fast rather than publishing no stations.</summary>
internal sealed class CycleDockSeeder(CycleDockStore docks, IOptions<CycleOptions> options, ILogger<CycleDockSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.CycleDocksFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(CycleOptions.Section, typeof(CycleOptions), [$"Mobility:CycleDocksFile '{path}' does not exist."]);
        }

        await using var file = File.OpenRead(path);
        var loaded = await JsonSerializer.DeserializeAsync<List<CycleDock>>(file, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new OptionsValidationException(CycleOptions.Section, typeof(CycleOptions), [$"Mobility:CycleDocksFile '{path}' holds no docks."]);
        await docks.SeedAsync(loaded, cancellationToken);
        logger.LogInformation("Seeded {Count} share-cycle docks", loaded.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

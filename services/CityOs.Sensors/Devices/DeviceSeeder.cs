using System.Text.Json;
using CityOs.Storage;
using Microsoft.Extensions.Options;

namespace CityOs.Sensors.Devices;

/// <summary>
/// Registers the devices of data/devices.json at start-up. Existing devices are left as they are (their
/// credentials included), so seeding on every start is harmless; a broken file stops start-up.
/// </summary>
internal sealed class DeviceSeeder(DeviceRegistry registry, DistrictCodes districts, IOptions<SensorsOptions> options, ILogger<DeviceSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = SensorsOptions.Resolve(options.Value.DevicesFile);
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(SensorsOptions.Section, typeof(SensorsOptions), [$"Sensors:DevicesFile '{path}' does not exist."]);
        }

        var seeds = Parse(await File.ReadAllTextAsync(path, cancellationToken), path, districts);
        var added = 0;
        foreach (var seed in seeds)
        {
            if (await registry.FindAsync(seed.Id, cancellationToken) is not null)
            {
                continue;
            }

            try
            {
                await registry.RegisterAsync(seed.Id, seed.Type, seed.District, passwordHash: null, cancellationToken);
                added++;
            }
            catch (DocumentConflictException)
            {
                // Another instance seeded it first.
            }
        }

        logger.LogInformation("Device registry seeded: {Added} added, {Total} in {File}", added, seeds.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IReadOnlyList<DeviceSeed> Parse(string json, string source, DistrictCodes districts)
    {
        List<DeviceSeed> seeds;
        try
        {
            seeds = JsonSerializer.Deserialize<List<DeviceSeed>>(json, JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }

        var bad = seeds.Where(s => !DeviceIds.IsValid(s.Id) || !districts.Contains(s.District) || !Enum.IsDefined(s.Type)).Select(s => s.Id).ToList();
        var duplicate = seeds.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return bad.Count > 0 || duplicate.Count > 0
            ? throw new FormatException($"{source}: invalid devices [{string.Join(", ", bad)}], duplicate ids [{string.Join(", ", duplicate)}].")
            : seeds;
    }
}

using CityOs.Disaster.Districts;
using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Options;

namespace CityOs.Host.Demo;

/// <summary>
/// The demo city's field devices: gauges, shelter counters, vehicles and docks from data/demo/sensor-sites.json,
/// each publishing over real MQTT with credentials issued to it from the registry at start, exactly as devices in
/// the field do, so the demo runs the production path (MQTT → Sensors → bus → services). Values follow
/// <see cref="HeavyRainScenario"/> in compressed time; timestamps are real time.
/// </summary>
internal sealed class SensorSimulator(
    IOptions<DemoOptions> demo,
    IOptions<MqttOptions> mqtt,
    DeviceRegistry registry,
    DistrictStore districts,
    TimeProvider time,
    ILogger<SensorSimulator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = demo.Value;
        if (!settings.SimulateSensors)
        {
            return;
        }

        var sites = SensorSites.Load(Path.Combine(AppContext.BaseDirectory, settings.SitesFile));
        var centres = (await districts.ListAsync(stoppingToken)).ToDictionary(d => d.Code, d => (d.Lat, d.Lon));
        var devices = await IssueCredentialsAsync(sites, stoppingToken);
        var routes = sites.Vehicles.ToDictionary(v => v.DeviceId, v => new VehicleRoute([.. v.Route.Select(code => centres[code])]));
        var driven = sites.Vehicles.ToDictionary(v => v.DeviceId, _ => 0.0);
        var started = time.GetUtcNow();
        var last = started;
        logger.LogInformation("Simulating {Count} field devices; heavy rain starts after {Start} simulated ({Compression}x time)", devices.Count, settings.RainStartsAfter, settings.TimeCompression);

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var simulatedHours = (now - started).TotalHours * settings.TimeCompression;
            var storm = HeavyRainScenario.StormHours(simulatedHours, settings.RainStartsAfter.TotalHours);
            var stepHours = (now - last).TotalHours * settings.TimeCompression;
            last = now;
            foreach (var v in sites.Vehicles)
            {
                driven[v.DeviceId] += HeavyRainScenario.VehicleSpeedKmh(v, storm) * stepHours;
            }

            foreach (var (deviceId, fields) in Readings(sites, routes, driven, simulatedHours, storm))
            {
                if (devices.TryGetValue(deviceId, out var device))
                {
                    await PublishAsync(device, fields, now, stoppingToken);
                }
            }

            try
            {
                await Task.Delay(settings.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        foreach (var device in devices.Values)
        {
            device.Dispose();
        }
    }

    private static IEnumerable<(string DeviceId, Dictionary<string, object> Fields)> Readings(
        SensorSites sites, Dictionary<string, VehicleRoute> routes, Dictionary<string, double> driven, double simulatedHours, double storm)
    {
        var rivers = sites.Rivers.ToDictionary(r => r.District);
        foreach (var r in sites.Rivers)
        {
            yield return (r.DeviceId, new() { ["station"] = r.Station, ["district"] = r.District, ["levelM"] = Math.Round(HeavyRainScenario.RiverLevelM(r, storm), 2) });
        }

        foreach (var s in sites.Shelters)
        {
            yield return (s.DeviceId, new() { ["shelter"] = s.Shelter, ["present"] = HeavyRainScenario.ShelterPeople(s, rivers[s.District], storm), ["capacity"] = s.Capacity });
        }

        foreach (var v in sites.Vehicles)
        {
            var (lat, lon, heading) = routes[v.DeviceId].At(driven[v.DeviceId]);
            yield return (v.DeviceId, new() { ["vehicle"] = v.Vehicle, ["lat"] = Math.Round(lat, 6), ["lon"] = Math.Round(lon, 6), ["speedKmh"] = Math.Round(HeavyRainScenario.VehicleSpeedKmh(v, storm), 1), ["headingDeg"] = Math.Round(heading, 1) });
        }

        foreach (var d in sites.Docks)
        {
            var bikes = HeavyRainScenario.DockBikes(d, simulatedHours, storm);
            yield return (d.DeviceId, new() { ["dock"] = d.Dock, ["bikes"] = bikes, ["freeDocks"] = d.Capacity - bikes });
        }
    }

    /// <summary>Gives every simulated device a fresh password, as the city office does when it installs one.</summary>
    private async Task<Dictionary<string, DemoDevice>> IssueCredentialsAsync(SensorSites sites, CancellationToken cancellationToken)
    {
        var firstSequence = time.GetUtcNow().ToUnixTimeMilliseconds();
        var devices = new Dictionary<string, DemoDevice>();
        foreach (var id in sites.DeviceIds)
        {
            var password = DevicePassword.Generate();
            if (await registry.SetPasswordHashAsync(id, DevicePassword.Hash(password), cancellationToken) is not { } device)
            {
                logger.LogWarning("Simulated device {DeviceId} is not in the registry (data/devices.json); it stays silent", id);
                continue;
            }

            devices[id] = new DemoDevice(mqtt.Value.Host, mqtt.Value.Port, id, password, device.Topics[0], firstSequence);
        }

        return devices;
    }

    private async Task PublishAsync(DemoDevice device, Dictionary<string, object> fields, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await device.PublishAsync(fields, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Simulated device {DeviceId} could not publish: {Reason}", device.DeviceId, ex.Message);
        }
    }
}

using CityOs.Sensors.Devices;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Options;

namespace CityOs.Sensors.Admin;

/// <summary>
/// <c>CityOs.Sensors mosquitto-auth --out DIR</c>: writes passwords, acl and mosquitto-auth.conf for an external
/// mosquitto from the registry in the configured store, with the service's own user from <c>Mqtt:Username</c>/<c>Mqtt:Password</c>.
/// Run it again after registering devices or issuing credentials, then send mosquitto SIGHUP to reload.
/// </summary>
public static class MosquittoAuthCommand
{
    public const string Name = "mosquitto-auth";

    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration)
    {
        var mqtt = services.GetRequiredService<IOptions<MqttOptions>>().Value;
        if (string.IsNullOrEmpty(mqtt.Username) || string.IsNullOrEmpty(mqtt.Password))
        {
            await Console.Error.WriteLineAsync("Set Mqtt:Username and Mqtt:Password (e.g. Mqtt__Username, Mqtt__Password): the service's own broker user goes into the files too.");
            return 2;
        }

        var directory = Path.GetFullPath(configuration["out"] ?? "data/run/mosquitto-auth");
        Directory.CreateDirectory(directory);
        var devices = await services.GetRequiredService<DeviceRegistry>().ListAsync(CancellationToken.None);
        var passwords = Path.Combine(directory, "passwords");
        var acl = Path.Combine(directory, "acl");
        var conf = Path.Combine(directory, "mosquitto-auth.conf");
        await File.WriteAllTextAsync(passwords, MosquittoAuthFiles.Passwords(devices, mqtt.Username, DevicePassword.Hash(mqtt.Password)));
        await File.WriteAllTextAsync(acl, MosquittoAuthFiles.Acl(devices, mqtt.Username));
        await File.WriteAllTextAsync(conf, MosquittoAuthFiles.ConfigSnippet(passwords, acl));
        Console.WriteLine($"Wrote {passwords}, {acl} and {conf} for {devices.Count(d => d.PasswordHash is not null)} of {devices.Count} devices.");
        return 0;
    }
}

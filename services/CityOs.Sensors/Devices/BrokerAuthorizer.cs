using System.Security.Cryptography;
using System.Text;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Options;
using MQTTnet;

namespace CityOs.Sensors.Devices;

/// <summary>
/// The broker-side rules, for a broker that asks us (the embedded MQTTnet server): a device logs in with its
/// id and the password whose hash is in the registry, and may publish only on its own topics and subscribe to
/// nothing; the Sensors service logs in with <c>Mqtt:Username</c>/<c>Mqtt:Password</c>, reads every reading
/// and writes only dead letters. mosquitto gets the same rules as files (see MosquittoAuthFiles).
/// </summary>
public sealed class BrokerAuthorizer(DeviceRegistry registry, IOptions<MqttOptions> mqtt)
{
    public async Task<BrokerPrincipal?> AuthenticateAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var service = mqtt.Value;
        if (!string.IsNullOrEmpty(service.Username) && userName == service.Username)
        {
            return service.Password is { Length: > 0 } expected && password is not null && FixedTimeEquals(password, expected)
                ? new BrokerPrincipal(userName, IsService: true, [])
                : null;
        }

        if (!DeviceIds.IsValid(userName))
        {
            return null;
        }

        var device = await registry.FindAsync(userName!, cancellationToken);
        return device is not null && DevicePassword.Verify(password, device.PasswordHash)
            ? new BrokerPrincipal(device.Id, IsService: false, device.Topics)
            : null;
    }

    public static bool MayPublish(BrokerPrincipal principal, string topic) =>
        principal.IsService
            ? MqttTopicFilterComparer.Compare(topic, SensorTopics.DeadLetterFilter) == MqttTopicFilterCompareResult.IsMatch
            : principal.Topics.Contains(topic, StringComparer.Ordinal);

    public static bool MaySubscribe(BrokerPrincipal principal, string topicFilter) =>
        principal.IsService && (topicFilter == SensorTopics.Root + "/#" || topicFilter.StartsWith(SensorTopics.Root + "/", StringComparison.Ordinal));

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}

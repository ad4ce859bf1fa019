namespace CityOs.Sensors.Devices;

/// <summary>A registered field device. It carries no personal data: devices belong to the city, not to residents.</summary>
public sealed record Device
{
    /// <summary>Also the device's MQTT user name and the second-to-last level of its topics.</summary>
    public required string Id { get; init; }

    public required DeviceType Type { get; init; }

    /// <summary>District code from data/districts.csv where the device is installed (a vehicle's home district).</summary>
    public required string District { get; init; }

    /// <summary>The only topics the device may publish on; derived from its type at registration.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Broker password hash in mosquitto's PBKDF2-SHA512 format; null until credentials are issued.</summary>
    public string? PasswordHash { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public bool MayPublishOn(string topic) => Topics.Contains(topic, StringComparer.Ordinal);
}

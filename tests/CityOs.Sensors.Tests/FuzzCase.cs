using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Tests;

/// <summary>One generated input: what arrives on which topic, which device the registry returned, and the server clock.</summary>
public sealed record FuzzCase(string Topic, byte[] Payload, Device? Device, DateTimeOffset Now)
{
    public override string ToString() =>
        $"topic={Topic} device={Device?.Id ?? "null"} now={Now:O} payload({Payload.Length})={Convert.ToBase64String(Payload[..Math.Min(Payload.Length, 300)])}";
}

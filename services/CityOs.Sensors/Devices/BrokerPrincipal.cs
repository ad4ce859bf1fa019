namespace CityOs.Sensors.Devices;

/// <summary>Who an MQTT connection belongs to: the Sensors service itself, or one registered device and its topics.</summary>
public sealed record BrokerPrincipal(string UserName, bool IsService, IReadOnlyList<string> Topics);

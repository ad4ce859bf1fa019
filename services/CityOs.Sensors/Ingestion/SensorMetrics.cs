using System.Diagnostics.Metrics;
using CityOs.ServiceDefaults;

namespace CityOs.Sensors.Ingestion;

/// <summary>Readings accepted and rejected, on the platform's <c>CityOs</c> meter; tags are codes only (reason, device type).</summary>
public static class SensorMetrics
{
    public const string AcceptedName = "cityos.sensors.readings.accepted";
    public const string RejectedName = "cityos.sensors.readings.rejected";

    private static readonly Counter<long> AcceptedCounter = CityTelemetry.Meter.CreateCounter<long>(AcceptedName, "{reading}", "Device readings validated and published on the bus.");
    private static readonly Counter<long> RejectedCounter = CityTelemetry.Meter.CreateCounter<long>(RejectedName, "{reading}", "Device payloads refused and sent to the dead-letter topic.");

    public static void Accepted(string deviceType) =>
        AcceptedCounter.Add(1, new KeyValuePair<string, object?>("device.type", deviceType));

    public static void Rejected(string reason, string deviceType) =>
        RejectedCounter.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("device.type", deviceType));
}

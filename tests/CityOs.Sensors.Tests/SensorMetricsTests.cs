using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CityOs.Sensors.Ingestion;
using CityOs.ServiceDefaults;

namespace CityOs.Sensors.Tests;

[Collection(nameof(MetricsCollection))]
public sealed class SensorMetricsTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();

    public SensorMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CityTelemetry.MeterName && instrument.Name.StartsWith("cityos.sensors.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.Start();
    }

    [Fact]
    public async Task Each_rejection_is_counted_once_tagged_with_reason_and_device_type_and_each_acceptance_by_type()
    {
        await using var harness = await IngestionHarness.StartAsync();
        var wrong = Payloads.For(TestDevices.Vehicle, seq: 1);
        wrong["lat"] = 51.5;

        await harness.HandleAsync(Payloads.Topic(TestDevices.Vehicle), Payloads.Bytes(wrong));
        await harness.HandleAsync(Payloads.Topic(TestDevices.Vehicle), Payloads.Bytes(wrong));
        await harness.HandleAsync(Payloads.Topic(TestDevices.Dock), Payloads.Bytes(Payloads.For(TestDevices.Dock, seq: 1)));
        await harness.HandleAsync(Payloads.Topic(TestDevices.Dock), Payloads.Bytes(Payloads.For(TestDevices.Dock, seq: 1)));
        await harness.HandleAsync("cityos/v1/vehicles/bus-rogue/position", [1, 2, 3]);

        var rejected = _measurements.Where(m => m.Instrument == SensorMetrics.RejectedName).Select(m => ($"{m.Tags["reason"]}", $"{m.Tags["device.type"]}", m.Value)).ToList();
        Assert.Equal(
            [("out-of-range", "vehicle", 1L), ("out-of-range", "vehicle", 1L), ("duplicate", "cycle-dock", 1L), ("unknown-device", "unknown", 1L)],
            rejected);
        var accepted = Assert.Single(_measurements, m => m.Instrument == SensorMetrics.AcceptedName);
        Assert.Equal("cycle-dock", accepted.Tags["device.type"]);
    }

    public void Dispose() => _listener.Dispose();
}

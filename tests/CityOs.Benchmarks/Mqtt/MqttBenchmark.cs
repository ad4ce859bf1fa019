using System.Text.Json;
using CityOs.Benchmarks.Bus;
using CityOs.Benchmarks.Machine;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// Issue 8's MQTT ingest efficiency: Sensors' real ingestion (MQTT in through mosquitto, validated, RiverLevelObserved
/// published on RabbitMQ with confirms, then the MQTT ack) against a bare MQTTnet subscriber on the same broker and
/// publishers. Own mosquitto and RabbitMQ nodes, started and stopped here.
/// </summary>
public sealed class MqttBenchmark : IBenchmark
{
    private const string Usage = "usage: mqtt [--messages N] [--warmup N] [--gauges N] [--in-flight N] [--mqtt-port N] [--rabbit-port N] [--json]";
    private const string ServiceUser = "cityos-sensors";

    public string Name => "mqtt";

    public string Description => "Sensors' MQTT ingest (mosquitto -> validate -> RabbitMQ) vs a raw MQTTnet subscriber: msgs/s and ratio";

    public async Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var o = BenchmarkArgs.Parse(args, Usage, ("--messages", 50_000), ("--warmup", 5_000), ("--gauges", 20), ("--in-flight", 16), ("--mqtt-port", 18840), ("--rabbit-port", 5675));
        var loadBefore = MachineSnapshot.LoadAverage();
        var password = Guid.NewGuid().ToString("N");
        var gauges = Enumerable.Range(0, o["--gauges"]).Select(i => ($"bench-gauge-{i:D3}", password)).ToList();

        await using var rabbit = await BenchRabbit.StartAsync(o["--rabbit-port"]);
        await using var sensors = ServiceNode.Sensors(rabbit.Uri, "cityos-bench-mqtt", o["--mqtt-port"], ServiceUser, password);
        var devices = await sensors.RegisterGaugesAsync(gauges.Select(g => g.Item1), "odono", password);
        await using var mosquitto = await BenchMosquitto.StartAsync(o["--mqtt-port"], devices, ServiceUser, password);
        await using var fleet = new GaugeFleet("127.0.0.1", mosquitto.Port, gauges, "odono");
        await fleet.ConnectAsync(cancellationToken);

        // Raw first, before Sensors has ever connected, so its persistent session holds none of the raw run's readings.
        BusRunResult raw;
        await using (var subscriber = new RawSubscriber(fleet))
        {
            await subscriber.ConnectAsync(mosquitto.Port, ServiceUser, password, cancellationToken);
            await RunAsync(fleet, t => subscriber.Tally = t, o["--warmup"], o["--in-flight"], cancellationToken);
            raw = await RunAsync(fleet, t => subscriber.Tally = t, o["--messages"], o["--in-flight"], cancellationToken);
        }

        await sensors.StartAsync(cancellationToken);
        var ingest = new IngestTally(fleet);
        using var observer = sensors.Host.Services.GetRequiredService<IBus>().ConnectPublishObserver(ingest);
        await RunAsync(fleet, t => ingest.Tally = t, o["--warmup"], o["--in-flight"], cancellationToken);
        var sensorsRun = await RunAsync(fleet, t => ingest.Tally = t, o["--messages"], o["--in-flight"], cancellationToken);

        // Before mosquitto stops, so Sensors does not spend its shutdown reconnecting.
        await sensors.Host.StopAsync(cancellationToken);

        var result = new
        {
            benchmark = Name,
            messages = o["--messages"],
            gauges = o["--gauges"],
            inFlightPerGauge = o["--in-flight"],
            ingestPerSecond = sensorsRun.PerSecond,
            rawPerSecond = raw.PerSecond,
            ratio = Math.Round(sensorsRun.PerSecond / raw.PerSecond, 3),
            lost = sensorsRun.Lost + raw.Lost,
            ingest = sensorsRun,
            raw,
            loadAverageBefore = loadBefore,
            loadAverageAfter = MachineSnapshot.LoadAverage(),
            processors = Environment.ProcessorCount,
            at = DateTimeOffset.UtcNow,
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = !json }));
        return result.lost == 0 ? 0 : 1;
    }

    private static async Task<BusRunResult> RunAsync(GaugeFleet fleet, Action<DeliveryTally> use, int messages, int inFlight, CancellationToken cancellationToken)
    {
        var total = (messages + fleet.Count - 1) / fleet.Count * fleet.Count;
        var tally = new DeliveryTally(total);
        use(tally);
        var meter = new RunMeter(brokerPid: null);
        tally.Touch();
        await fleet.PublishAsync(total, perSecond: null, inFlight, cancellationToken);
        await tally.WaitAllAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return meter.Stop(tally);
    }
}

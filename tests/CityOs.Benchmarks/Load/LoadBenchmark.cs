using System.Diagnostics;
using System.Text.Json;
using CityOs.Benchmarks.Machine;
using CityOs.Benchmarks.Mqtt;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.Benchmarks.Load;

/// <summary>
/// Issue 8's load test: river gauges publish at a fixed rate through mosquitto -> Sensors -> RabbitMQ -> Disaster, each
/// service a host of its own in this process (own bus connection, own store); brokers are nodes of the benchmark's own.
/// Reports latency from publish until Disaster's station document is written, losses, and CPU and memory.
/// </summary>
public sealed class LoadBenchmark : IBenchmark
{
    private const string Usage = "usage: load [--seconds N] [--rate N] [--gauges N] [--warmup-seconds N] [--drain-seconds N] [--mqtt-port N] [--rabbit-port N] [--json]";
    private const string ServiceUser = "cityos-sensors";

    public string Name => "load";

    public string Description => "2,000 readings/s for 5 min: mosquitto -> Sensors -> RabbitMQ -> Disaster; p50/p99 latency, lost, CPU, memory";

    public async Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var o = BenchmarkArgs.Parse(args, Usage, ("--seconds", 300), ("--rate", 2000), ("--gauges", 40), ("--warmup-seconds", 5), ("--drain-seconds", 3600), ("--mqtt-port", 18840), ("--rabbit-port", 5675));
        var (seconds, rate) = (o["--seconds"], o["--rate"]);
        var loadBefore = MachineSnapshot.LoadAverage();
        var password = Guid.NewGuid().ToString("N");
        var gauges = Enumerable.Range(0, o["--gauges"]).Select(i => ($"load-gauge-{i:D3}", password)).ToList();

        await using var rabbit = await BenchRabbit.StartAsync(o["--rabbit-port"]);
        await using var disaster = ServiceNode.Disaster(rabbit.Uri, "cityos-bench-load");
        await using var sensors = ServiceNode.Sensors(rabbit.Uri, "cityos-bench-load", o["--mqtt-port"], ServiceUser, password);
        var devices = await sensors.RegisterGaugesAsync(gauges.Select(g => g.Item1), "odono", password);
        await using var mosquitto = await BenchMosquitto.StartAsync(o["--mqtt-port"], devices, ServiceUser, password);
        await disaster.StartAsync(cancellationToken);
        await sensors.StartAsync(cancellationToken);
        await using var fleet = new GaugeFleet("127.0.0.1", mosquitto.Port, gauges, "odono");
        await fleet.ConnectAsync(cancellationToken);
        var arrivals = new DisasterArrivals(fleet);
        using var observer = disaster.Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(arrivals);

        var warmup = rate * o["--warmup-seconds"];
        arrivals.Reset(warmup);
        await fleet.PublishAsync(warmup, rate, 16, cancellationToken);
        await arrivals.Tally.WaitAllAsync(TimeSpan.FromSeconds(60), cancellationToken);

        var brokers = new[] { ("rabbitmq", OtherProcess.ListeningOn(rabbit.Port)), ("mosquitto", OtherProcess.ListeningOn(mosquitto.Port)) };
        var brokersBefore = brokers.Select(b => b.Item2 is { } pid ? OtherProcess.Read(pid)?.CpuSeconds : null).ToArray();
        var total = rate * seconds;
        arrivals.Reset((total + fleet.Count - 1) / fleet.Count * fleet.Count);
        var before = MachineSnapshot.Take();
        using var memory = new MemorySampler(TimeSpan.FromSeconds(2));
        var publishing = Stopwatch.StartNew();
        var sent = await fleet.PublishAsync(total, rate, 16, cancellationToken);
        var publishSeconds = publishing.Elapsed.TotalSeconds;
        arrivals.Tally.Touch();
        // A machine that cannot keep up drains a backlog for a long time; past the cap the run reports what had not
        // arrived yet as undelivered, not as lost, because it was still queued.
        using (var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            drain.CancelAfter(TimeSpan.FromSeconds(o["--drain-seconds"]));
            try
            {
                await arrivals.Tally.WaitAllAsync(TimeSpan.FromSeconds(60), drain.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        var cutOff = Stopwatch.GetElapsedTime(before.At).TotalSeconds >= publishSeconds + o["--drain-seconds"];
        var after = MachineSnapshot.Take();
        var (processCores, machineCores) = MachineSnapshot.CoresBetween(before, after);
        var wall = Stopwatch.GetElapsedTime(before.At, after.At).TotalSeconds;
        var latencies = arrivals.LatencyMs.Where((_, i) => i < sent && arrivals.LatencyMs[i] > 0).ToArray();
        var mem = MachineSnapshot.Memory();

        // Before mosquitto stops, so Sensors does not spend its shutdown reconnecting.
        await sensors.Host.StopAsync(cancellationToken);

        var result = new
        {
            benchmark = Name,
            topology = "one process: Sensors and Disaster as separate hosts (own bus connections and SQLite stores); gauges as MQTTnet clients; own mosquitto and RabbitMQ nodes",
            seconds,
            rate,
            gauges = fleet.Count,
            sent,
            achievedPublishRate = Math.Round(sent / publishSeconds),
            delivered = arrivals.Tally.Distinct,
            complete = arrivals.Tally.Lost == 0,
            // Readings still queued when the drain cap expired are not lost; readings missing after a minute without progress are.
            lost = cutOff ? (int?)null : arrivals.Tally.Lost,
            undeliveredAtCutoff = cutOff ? arrivals.Tally.Lost : 0,
            duplicates = arrivals.Tally.Duplicates,
            p50Ms = Math.Round(Percentiles.Of(latencies, 50), 1),
            p99Ms = Math.Round(Percentiles.Of(latencies, 99), 1),
            maxMs = latencies.Length == 0 ? double.NaN : Math.Round(latencies.Max(), 1),
            processCores,
            machineCores,
            brokerCores = brokers.Select((b, i) => new
            {
                broker = b.Item1,
                cores = b.Item2 is { } pid && brokersBefore[i] is { } cpu0 && OtherProcess.Read(pid) is { } now ? Math.Round((now.CpuSeconds - cpu0) / wall, 2) : (double?)null,
                rssMiB = b.Item2 is { } p ? OtherProcess.Read(p)?.RssMiB : null,
            }),
            processRssPeakMiB = memory.PeakRssMiB,
            processRssEndMiB = mem.ProcessRssMiB,
            managedHeapEndMiB = mem.ManagedHeapMiB,
            machineUsedMiB = mem.MachineUsedMiB,
            machineTotalMiB = mem.MachineTotalMiB,
            loadAverageBefore = loadBefore,
            loadAverageAfter = MachineSnapshot.LoadAverage(),
            processors = Environment.ProcessorCount,
            at = DateTimeOffset.UtcNow,
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = !json }));
        return result.complete ? 0 : 1;
    }
}

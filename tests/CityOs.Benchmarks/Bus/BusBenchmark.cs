using System.Text.Json;
using CityOs.Benchmarks.Machine;

namespace CityOs.Benchmarks.Bus;

/// <summary>
/// Issue 8's bus efficiency: CityOS's production messaging path against raw RabbitMQ.Client on the same broker, in
/// one run, both durable (persistent messages, publisher confirms, ack after handling). Warm-up first, then raw, then CityOS.
/// </summary>
public sealed class BusBenchmark : IBenchmark
{
    private const string Usage = "usage: bus [--messages N] [--warmup N] [--in-flight N] [--json]";

    public string Name => "bus";

    public string Description => "production MassTransit path vs raw RabbitMQ.Client (confirms, persistent, ack after handling): msgs/s and ratio";

    public async Task<int> RunAsync(IReadOnlyList<string> args, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var options = BenchmarkArgs.Parse(args, Usage, ("--messages", 100_000), ("--warmup", 10_000), ("--in-flight", 256));
        var (messages, warmup, inFlight) = (options["--messages"], options["--warmup"], options["--in-flight"]);
        var rabbit = Environment.GetEnvironmentVariable("CITYOS_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/";
        var loadBefore = MachineSnapshot.LoadAverage();

        var brokerPid = OtherProcess.ListeningOn(new Uri(rabbit).Port is > 0 and var port ? port : 5672);
        await using var cityOs = await MassTransitPath.StartAsync(rabbit, cancellationToken);
        await RawRabbitPath.RunAsync(rabbit, warmup, inFlight, brokerPid, cancellationToken);
        await cityOs.RunAsync(warmup, inFlight, brokerPid, cancellationToken);

        var raw = await RawRabbitPath.RunAsync(rabbit, messages, inFlight, brokerPid, cancellationToken);
        var mt = await cityOs.RunAsync(messages, inFlight, brokerPid, cancellationToken);

        var result = new
        {
            benchmark = Name,
            messages,
            inFlight,
            masstransitPerSecond = mt.PerSecond,
            rawPerSecond = raw.PerSecond,
            ratio = Math.Round(mt.PerSecond / raw.PerSecond, 3),
            lost = mt.Lost + raw.Lost,
            // What the ratio would be where CPU, not a crowded scheduler, is the limit: raw's CPU per message
            // (this process + broker) over CityOS's. Read it beside the wall-clock ratio on a busy machine.
            cpuRatio = raw.BrokerCpuUsPerMessage is { } rb && mt.BrokerCpuUsPerMessage is { } mb
                ? Math.Round((raw.AppCpuUsPerMessage + rb) / (mt.AppCpuUsPerMessage + mb), 3) : (double?)null,
            masstransit = mt,
            raw,
            loadAverageBefore = loadBefore,
            loadAverageAfter = MachineSnapshot.LoadAverage(),
            processors = Environment.ProcessorCount,
            at = DateTimeOffset.UtcNow,
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = !json }));
        return result.lost == 0 ? 0 : 1;
    }
}

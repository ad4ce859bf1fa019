using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CityOs.Contracts.Sensors;
using CityOs.Disaster;
using CityOs.Sensors;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.IntegrationTests;

/// <summary>
/// The bounded version of issue 8's load test (the full one is <c>CityOs.Benchmarks -- load</c>): gauges publish
/// 2,000 readings a second for 20 s through mosquitto -> Sensors -> RabbitMQ -> Disaster, and every reading must
/// reach Disaster's state. Brokers of its own, so a burst this size never lands in other runs' queues.
/// </summary>
public sealed class SensorLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Name = "it-load";
    private const int MqttPort = 18842;
    private const int RabbitPort = 5676;
    private const int Gauges = 20;
    private const int PerSecond = 2_000;
    private const int Seconds = 20;

    public async Task InitializeAsync()
    {
        await LocalServer.RunAsync("rabbitmq.sh", "start", "--port", RabbitPort.ToString(CultureInfo.InvariantCulture), "--name", Name, "--fresh");
        await LocalServer.RunAsync("mosquitto.sh", "start", "--port", MqttPort.ToString(CultureInfo.InvariantCulture), "--name", Name, "--fresh");
    }

    public async Task DisposeAsync()
    {
        await LocalServer.RunAsync("mosquitto.sh", "stop", "--name", Name);
        await LocalServer.RunAsync("rabbitmq.sh", "stop", "--port", RabbitPort.ToString(CultureInfo.InvariantCulture), "--name", Name);
    }

    [Fact]
    public async Task Two_thousand_readings_a_second_for_twenty_seconds_all_reach_disaster()
    {
        var prefix = TestEnvironment.UniqueName("load");
        var bus = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = $"amqp://guest:guest@127.0.0.1:{RabbitPort}/",
            ["Bus:QueuePrefix"] = prefix,
        };
        await using var disaster = new ServiceFactory<DisasterEntryPoint>(bus, output);
        await using var sensors = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>(bus)
        {
            ["Mqtt:Mode"] = "External",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = MqttPort.ToString(CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = prefix + "-sensors",
        }, output);
        using var disasterHttp = disaster.CreateClient();
        using var sensorsHttp = sensors.CreateClient();
        await RiverLevelPathTests.WaitHealthyAsync(disasterHttp);
        await RiverLevelPathTests.WaitHealthyAsync(sensorsHttp);

        var arrived = new ConcurrentDictionary<string, double>();
        var sentAt = new ConcurrentDictionary<string, long>();
        using var observer = disaster.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(new Arrivals(arrived, sentAt));

        var ids = Enumerable.Range(0, Gauges).Select(i => $"{prefix}-g{i:D2}").ToList();
        foreach (var id in ids)
        {
            await DeviceRegistration.RegisterAsync(sensorsHttp, id, "river-gauge", "ogori");
        }

        var clients = new List<IMqttClient>();
        foreach (var id in ids)
        {
            var client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", MqttPort).WithClientId(id + ".load").Build());
            clients.Add(client);
        }

        var total = PerSecond * Seconds;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(clients.Select((client, g) => Task.Run(async () =>
        {
            using var slots = new SemaphoreSlim(16);
            var pending = new List<Task>();
            for (var i = g; i < total; i += Gauges)
            {
                var due = TimeSpan.FromSeconds((double)i / PerSecond) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(due);
                }

                await slots.WaitAsync();
                var seq = i / Gauges + 1;
                var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station = ids[g] + "-st", district = "ogori", levelM = 1.5, ts = DateTimeOffset.UtcNow, seq });
                sentAt[$"{ids[g]}:{seq}"] = Stopwatch.GetTimestamp();
                pending.Add(PublishAsync(client, $"cityos/v1/river-gauges/{ids[g]}/level", payload, slots));
            }

            await Task.WhenAll(pending);
        })));
        output.WriteLine($"published {total} in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        // Waits while readings keep arriving; a stall of a minute means some were lost.
        var last = arrived.Count;
        var lastProgress = Stopwatch.StartNew();
        while (arrived.Count < total && lastProgress.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(500);
            if (arrived.Count != last)
            {
                (last, lastProgress) = (arrived.Count, Stopwatch.StartNew());
            }
        }

        var latencies = arrived.Values.Order().ToArray();
        output.WriteLine($"delivered {arrived.Count}/{total}; p50 {latencies[latencies.Length / 2]:0.0} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:0.0} ms, load {File.ReadAllText("/proc/loadavg").Trim()}");
        Assert.Equal(0, total - arrived.Count);
        Assert.Equal(sentAt.Keys.Order(), arrived.Keys.Order());

        foreach (var client in clients)
        {
            await client.DisconnectAsync();
            client.Dispose();
        }
    }

    private static async Task PublishAsync(IMqttClient client, string topic, byte[] payload, SemaphoreSlim slots)
    {
        try
        {
            await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Disaster has consumed a reading (its station document is written) once PostConsume runs.</summary>
    private sealed class Arrivals(ConcurrentDictionary<string, double> arrived, ConcurrentDictionary<string, long> sentAt) : IConsumeMessageObserver<RiverLevelObserved>
    {
        public Task PostConsume(ConsumeContext<RiverLevelObserved> context)
        {
            if (sentAt.TryGetValue(context.Message.ReadingId, out var sent))
            {
                arrived.TryAdd(context.Message.ReadingId, Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            return Task.CompletedTask;
        }

        public Task PreConsume(ConsumeContext<RiverLevelObserved> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<RiverLevelObserved> context, Exception exception) => Task.CompletedTask;
    }
}

using System.Diagnostics;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// River gauges as field devices: one MQTT client and login per gauge, QoS1, each reading its own sequence number.
/// Reading i of a run goes to gauge i % K, so a reading id ("gauge:seq") maps back to i.
/// </summary>
internal sealed class GaugeFleet(string host, int port, IReadOnlyList<(string Id, string Password)> gauges, string district) : IAsyncDisposable
{
    private readonly List<IMqttClient> _clients = [];
    private readonly Dictionary<string, int> _index = gauges.Select((g, i) => (g.Id, i)).ToDictionary(p => p.Id, p => p.i);
    private long _base;

    public int Count => gauges.Count;

    /// <summary>Stopwatch timestamps of each reading's publish in the current run.</summary>
    public long[] SentAt { get; private set; } = [];

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, password) in gauges)
        {
            var client = new MqttClientFactory().CreateMqttClient();
            var result = await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(host, port)
                .WithClientId(id + ".bench").WithCredentials(id, password).WithCleanStart(true).Build(), cancellationToken);
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException($"The broker refused {id}: {result.ResultCode}.");
            }

            _clients.Add(client);
        }
    }

    /// <summary>
    /// Publishes <paramref name="messages"/> readings (rounded up to a multiple of the fleet), either as fast as the broker
    /// acknowledges (<paramref name="perSecond"/> null) or paced to that rate; returns the count sent.
    /// </summary>
    public async Task<int> PublishAsync(int messages, int? perSecond, int inFlightPerGauge, CancellationToken cancellationToken)
    {
        var perGauge = (messages + Count - 1) / Count;
        var total = perGauge * Count;
        SentAt = new long[total];
        var start = Stopwatch.GetTimestamp();
        var first = _base;
        _base += perGauge;
        await Task.WhenAll(_clients.Select((client, g) => Task.Run(() => GaugeAsync(client, g), cancellationToken)));
        return total;

        async Task GaugeAsync(IMqttClient client, int g)
        {
            using var slots = new SemaphoreSlim(inFlightPerGauge);
            var pending = new List<Task>(perGauge);
            for (var j = 0; j < perGauge; j++)
            {
                var i = j * Count + g;
                if (perSecond is { } rate)
                {
                    var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
                    if (due > TimeSpan.FromMilliseconds(1))
                    {
                        await Task.Delay(due, cancellationToken);
                    }
                }

                await slots.WaitAsync(cancellationToken);
                var seq = first + j + 1;
                var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station = gauges[g].Id + "-st", district, levelM = 1.0 + (i % 100) / 100.0, ts = DateTimeOffset.UtcNow, seq });
                SentAt[i] = Stopwatch.GetTimestamp();
                pending.Add(PublishOneAsync(client, gauges[g].Id, payload, slots));
            }

            await Task.WhenAll(pending);
        }

        async Task PublishOneAsync(IMqttClient client, string id, byte[] payload, SemaphoreSlim slots)
        {
            try
            {
                await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"cityos/v1/river-gauges/{id}/level")
                    .WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }
    }

    /// <summary>The run index of a reading, from its gauge and sequence number; -1 for one from an earlier run.</summary>
    public int IndexOf(string gaugeId, long seq)
    {
        var j = seq - (_base - SentAt.Length / Count) - 1;
        return _index.TryGetValue(gaugeId, out var g) && j >= 0 && j < SentAt.Length / Count ? (int)(j * Count + g) : -1;
    }

    /// <summary>The run index of a reading id "gauge:seq".</summary>
    public int IndexOf(string readingId)
    {
        var colon = readingId.LastIndexOf(':');
        return colon > 0 && long.TryParse(readingId.AsSpan(colon + 1), out var seq) ? IndexOf(readingId[..colon], seq) : -1;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync();
            }

            client.Dispose();
        }
    }
}

using System.Text.Json;
using CityOs.Disaster.Districts;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Host.Demo;

/// <summary>
/// A gauge per district publishing over real MQTT to the broker, exactly as field devices do, so the
/// demo exercises the same path (MQTT → Sensors → bus → Disaster) as production.
/// </summary>
internal sealed class GaugeSimulator(IOptions<DemoOptions> demo, IOptions<MqttOptions> mqtt, DistrictStore districts, TimeProvider time, ILogger<GaugeSimulator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demo.Value.SimulateSensors)
        {
            return;
        }

        using var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder().WithTcpServer(mqtt.Value.Host, mqtt.Value.Port).WithClientId("cityos-demo-gauges").Build();
        long seq = time.GetUtcNow().ToUnixTimeSeconds();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(options, stoppingToken);
                }

                var now = time.GetUtcNow();
                seq++;
                foreach (var district in await districts.ListAsync(stoppingToken))
                {
                    // A calm river: a slow daily swing around a base level that differs per district.
                    var baseLevel = 0.8 + (Math.Abs(district.Code.GetHashCode(StringComparison.Ordinal)) % 50) / 100.0;
                    var level = baseLevel + 0.15 * Math.Sin(now.ToUnixTimeSeconds() / 3600.0);
                    var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station = $"gauge-{district.Code}", district = district.Code, levelM = Math.Round(level, 2), ts = now, seq });
                    await client.PublishAsync(new MqttApplicationMessageBuilder()
                        .WithTopic($"cityos/v1/river-gauges/sim-{district.Code}/level")
                        .WithPayload(payload)
                        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                        .Build(), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Gauge simulator could not publish: {Reason}", ex.Message);
            }

            try
            {
                await Task.Delay(demo.Value.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityOs.Host;
using MQTTnet;
using MQTTnet.Protocol;

namespace CityOs.Host.Tests;

/// <summary>Over real MQTT: a refused payload appears on the dead-letter topic and the readings after it still flow.</summary>
public sealed class DeadLetterTopicTests(ITestOutputHelper output)
{
    private sealed record StationView(string StationId, double? LatestLevelMeters);

    [Fact]
    public async Task Refused_payload_is_published_on_the_dead_letter_topic_and_the_next_reading_still_reaches_disaster()
    {
        var port = TestEnvironment.FreeTcpPort();
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = port.ToString(CultureInfo.InvariantCulture),
            // Anonymous clients allowed, so this test can watch the dead-letter topic as an operator's tool would.
            ["Mqtt:RequireDeviceCredentials"] = "false",
        }, output);
        using var http = host.CreateClient();
        await Eventually.True(async () => (await http.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "/health 200");
        await DeviceRegistration.RegisterAsync(http, "gauge-dl-1", "river-gauge", "yuda");

        var letters = new ConcurrentQueue<(string Topic, JsonElement Body)>();
        using var watcher = new MqttClientFactory().CreateMqttClient();
        watcher.ApplicationMessageReceivedAsync += e =>
        {
            letters.Enqueue((e.ApplicationMessage.Topic, JsonDocument.Parse(e.ApplicationMessage.Payload.ToArray()).RootElement.Clone()));
            return Task.CompletedTask;
        };
        await watcher.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("watcher").Build());
        await watcher.SubscribeAsync("cityos/v1/dead-letter/#", MqttQualityOfServiceLevel.AtLeastOnce);

        using var device = new MqttClientFactory().CreateMqttClient();
        await device.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("gauge-dl-1").Build());
        await device.PublishAsync(Message("{\"v\":1,\"station\":\"st-dl\",\"district\":\"yuda\",\"levelM\":\"high\",\"ts\":\"" + DateTimeOffset.UtcNow.ToString("O") + "\",\"seq\":1}"));
        await device.PublishAsync(Message(JsonSerializer.Serialize(new { v = 1, station = "st-dl", district = "yuda", levelM = 1.75, ts = DateTimeOffset.UtcNow, seq = 2 })));

        await Eventually.True(() => Task.FromResult(!letters.IsEmpty), TimeSpan.FromSeconds(20), "a dead letter");
        var (topic, body) = Assert.Single(letters);
        Assert.Equal("cityos/v1/dead-letter/gauge-dl-1", topic);
        Assert.Equal("wrong-type", body.GetProperty("reason").GetString());
        Assert.Contains("\"high\"", Encoding.UTF8.GetString(Convert.FromBase64String(body.GetProperty("payload").GetString()!)), StringComparison.Ordinal);
        var station = await Eventually.Until(async () =>
        {
            var response = await http.GetAsync("/api/disaster/v1/river-levels/st-dl");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<StationView>() : null;
        }, TimeSpan.FromSeconds(20), "the valid reading after the refused one");
        Assert.Equal(1.75, station.LatestLevelMeters);
    }

    private static MqttApplicationMessage Message(string json) => new MqttApplicationMessageBuilder()
        .WithTopic("cityos/v1/river-gauges/gauge-dl-1/level")
        .WithPayload(Encoding.UTF8.GetBytes(json))
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .Build();
}

using System.Globalization;
using System.Text.Json;
using CityOs.Sensors;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;

namespace CityOs.IntegrationTests;

/// <summary>The password and ACL files generated from the registry make a real mosquitto enforce per-device credentials.</summary>
public sealed class MosquittoAuthTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Name = "cityos-auth";
    private const int Port = 18832;
    private const string ServiceUser = "cityos-sensors";
    private readonly MosquittoAuthDirectory _auth = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await LocalServer.RunAsync("mosquitto.sh", "stop", "--name", Name);
        _auth.Dispose();
    }

    [Fact]
    public async Task Mosquitto_admits_devices_by_registered_password_and_drops_a_reading_published_as_another_device()
    {
        var prefix = TestEnvironment.UniqueName("auth");
        var servicePassword = Guid.NewGuid().ToString("N");
        await using var sensors = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mqtt:Mode"] = "External",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = prefix + "-sensors",
            ["Mqtt:Username"] = ServiceUser,
            ["Mqtt:Password"] = servicePassword,
        }, output);
        using var http = sensors.CreateClient();
        var published = new PublishedReadings();
        sensors.Services.GetRequiredService<IBus>().ConnectPublishObserver(published);
        var honest = await DeviceRegistration.RegisterAsync(http, prefix + "-gauge-a", "river-gauge", "yuda");
        var impostor = await DeviceRegistration.RegisterAsync(http, prefix + "-gauge-b", "river-gauge", "yuda");
        await _auth.WriteAsync(sensors.Services, ServiceUser, servicePassword);
        await LocalServer.RunAsync("mosquitto.sh", "start", "--port", Port.ToString(CultureInfo.InvariantCulture), "--name", Name, "--fresh", "--extra-conf", _auth.ConfigFile);
        await RiverLevelPathTests.WaitHealthyAsync(http);

        // A's name with B's password: refused at the door.
        await using (var forged = new GaugeDevice("127.0.0.1", Port, honest.UserName, impostor.Password))
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => forged.PublishAsync(prefix + "-station", "yuda", 9.9));
        }

        // B logs in with its own password but publishes on A's topic: the ACL drops it (MQTT 3.1.1 has no refusal to report).
        using (var spoofing = new MqttClientFactory().CreateMqttClient())
        {
            await spoofing.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", Port).WithClientId(impostor.UserName).WithCredentials(impostor.UserName, impostor.Password).Build());
            var payload = JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station = prefix + "-station", district = "yuda", levelM = 9.9, ts = DateTimeOffset.UtcNow, seq = 99 });
            await spoofing.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"cityos/v1/river-gauges/{honest.UserName}/level").WithPayload(payload)
                .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce).Build());
            await spoofing.DisconnectAsync();
        }

        await using (var gauge = new GaugeDevice("127.0.0.1", Port, honest))
        {
            var id = await gauge.PublishAsync(prefix + "-station", "yuda", 1.5);
            await Eventually.True(() => Task.FromResult(published.HasAll([id])), TimeSpan.FromSeconds(30), "the honest reading");
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal([prefix + "-gauge-a:1"], published.Counts.Keys);
    }
}

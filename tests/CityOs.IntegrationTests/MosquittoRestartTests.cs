using System.Globalization;
using System.Net;
using CityOs.Sensors;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.IntegrationTests;

/// <summary>
/// Restarts a mosquitto of its own (persistence on, device credentials required) under a running Sensors:
/// Sensors reconnects and resubscribes, and every reading, including those published while it was still
/// reconnecting, reaches the bus exactly once.
/// </summary>
public sealed class MosquittoRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Name = "cityos-restart";
    private const int Port = 18831;
    private const string ServiceUser = "cityos-sensors";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly MosquittoAuthDirectory _auth = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await LocalServer.RunAsync("mosquitto.sh", "stop", "--name", Name);
        _auth.Dispose();
    }

    [Fact]
    public async Task Sensors_reconnects_after_a_mosquitto_restart_and_every_reading_reaches_the_bus_exactly_once()
    {
        var prefix = TestEnvironment.UniqueName("restart");
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

        var gaugeId = prefix + "-gauge";
        var credentials = await DeviceRegistration.RegisterAsync(http, gaugeId, "river-gauge", "ogori");
        await _auth.WriteAsync(sensors.Services, ServiceUser, servicePassword);
        await LocalServer.RunAsync("mosquitto.sh", "start", "--port", Port.ToString(CultureInfo.InvariantCulture), "--name", Name, "--fresh", "--extra-conf", _auth.ConfigFile);
        await RiverLevelPathTests.WaitHealthyAsync(http);

        var sent = new List<string>();
        await using (var gauge = new GaugeDevice("127.0.0.1", Port, credentials))
        {
            for (var i = 0; i < 5; i++)
            {
                sent.Add(await gauge.PublishAsync(prefix + "-station", "ogori", 1.0 + i / 10.0));
            }
        }

        await Eventually.True(() => Task.FromResult(published.HasAll(sent)), Timeout, "the readings before the restart");

        await LocalServer.RunAsync("mosquitto.sh", "stop", "--name", Name);
        await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable, Timeout, "Sensors to notice the broker is gone");
        await LocalServer.RunAsync("mosquitto.sh", "start", "--port", Port.ToString(CultureInfo.InvariantCulture), "--name", Name, "--extra-conf", _auth.ConfigFile);

        // Published at once, while Sensors is most likely still backing off: its persistent session holds them.
        await using (var gauge = new GaugeDevice("127.0.0.1", Port, credentials, firstSequence: sent.Count))
        {
            for (var i = 0; i < 5; i++)
            {
                sent.Add(await gauge.PublishAsync(prefix + "-station", "ogori", 2.0 + i / 10.0));
            }
        }

        await RiverLevelPathTests.WaitHealthyAsync(http);
        await Eventually.True(() => Task.FromResult(published.HasAll(sent)), Timeout, "the readings published after the restart");

        // Give a late redelivery the chance to show up before counting.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(sent.Order(), published.Counts.Keys.Order());
        Assert.All(published.Counts, c => Assert.Equal(1, c.Value));
    }
}

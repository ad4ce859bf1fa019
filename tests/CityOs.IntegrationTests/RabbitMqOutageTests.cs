using System.Net;
using System.Net.Http.Json;
using CityOs.Disaster;
using CityOs.Sensors;

namespace CityOs.IntegrationTests;

/// <summary>
/// Stops and restarts a real RabbitMQ node (a second one, on its own port, so other tests keep theirs)
/// under running services: they stay alive, report unhealthy, recover by themselves, and lose no reading.
/// </summary>
public sealed class RabbitMqOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Node = "cityos-outage";
    private const string Port = "5673";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private sealed record StationView(string StationId, double? LatestLevelMeters, List<ReadingView> Recent);

    private sealed record ReadingView(string ReadingId, double LevelMeters);

    public Task InitializeAsync() => LocalServer.RunAsync("rabbitmq.sh", "start", "--port", Port, "--name", Node, "--fresh");

    public Task DisposeAsync() => LocalServer.RunAsync("rabbitmq.sh", "stop", "--port", Port, "--name", Node);

    [Fact]
    public async Task Services_stay_alive_report_unhealthy_and_recover_without_losing_readings_when_rabbitmq_restarts()
    {
        var (mqttHost, mqttPort) = TestEnvironment.Mqtt;
        var prefix = TestEnvironment.UniqueName("outage");
        var bus = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = $"amqp://guest:guest@127.0.0.1:{Port}/",
            ["Bus:QueuePrefix"] = prefix,
        };
        await using var disaster = new ServiceFactory<DisasterEntryPoint>(bus, output);
        await using var sensors = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>(bus)
        {
            ["Mqtt:Host"] = mqttHost,
            ["Mqtt:Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = prefix + "-sensors",
        }, output);
        using var disasterHttp = disaster.CreateClient();
        using var sensorsHttp = sensors.CreateClient();
        await RiverLevelPathTests.WaitHealthyAsync(disasterHttp);
        await RiverLevelPathTests.WaitHealthyAsync(sensorsHttp);

        var station = prefix + "-station";
        await DeviceRegistration.RegisterAsync(sensorsHttp, prefix + "-gauge", "river-gauge", "sayama");
        await using var gauge = new GaugeDevice(mqttHost, mqttPort, prefix + "-gauge");
        await gauge.PublishAsync(station, "sayama", 1.0);
        await Eventually.Until(() => ReadingsAsync(disasterHttp, station, 1), Timeout, "the first reading");

        await LocalServer.RunAsync("rabbitmq.sh", "stop", "--port", Port, "--name", Node);
        await Eventually.True(async () => (await disasterHttp.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable, Timeout, "Disaster's /health to report the outage");
        Assert.Equal(HttpStatusCode.OK, (await disasterHttp.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sensorsHttp.GetAsync("/alive")).StatusCode);

        // Published while the bus is down: Sensors must hold it, unacknowledged, until RabbitMQ is back.
        await gauge.PublishAsync(station, "sayama", 2.5);

        await LocalServer.RunAsync("rabbitmq.sh", "start", "--port", Port, "--name", Node);
        await RiverLevelPathTests.WaitHealthyAsync(disasterHttp);
        await RiverLevelPathTests.WaitHealthyAsync(sensorsHttp);

        var after = await Eventually.Until(() => ReadingsAsync(disasterHttp, station, 2), Timeout, "the reading published during the outage");
        Assert.Equal(2.5, after.LatestLevelMeters);
    }

    private static async Task<StationView?> ReadingsAsync(HttpClient http, string station, int atLeast)
    {
        var response = await http.GetAsync($"/api/disaster/v1/river-levels/{station}");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var view = await response.Content.ReadFromJsonAsync<StationView>();
        return view is not null && view.Recent.Count >= atLeast ? view : null;
    }
}

using System.Net;
using System.Net.Http.Json;
using CityOs.Disaster;
using CityOs.Host;
using CityOs.Sensors;

namespace CityOs.IntegrationTests;

/// <summary>The skeleton's one real message path, MQTT → Sensors → bus → Disaster → HTTP, on both topologies.</summary>
public sealed class RiverLevelPathTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private sealed record StationView(string StationId, string District, double? LatestLevelMeters);

    [Fact]
    public async Task Reading_flows_from_mqtt_to_disaster_api_inside_the_all_in_one_host()
    {
        var mqttPort = TestEnvironment.FreeTcpPort();
        await using var host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "InMemory",
            ["Mqtt:Mode"] = "Embedded",
            ["Mqtt:Host"] = "127.0.0.1",
            ["Mqtt:Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:SimulateSensors"] = "false",
        }, output);
        using var http = host.CreateClient();
        await WaitHealthyAsync(http);

        // The host's broker admits registered devices only, with the password the registry issued.
        var credentials = await DeviceRegistration.RegisterAsync(http, "gauge-it-1", "river-gauge", "odono");
        await using var gauge = new GaugeDevice("127.0.0.1", mqttPort, credentials);
        await gauge.PublishAsync("st-fushino-1", "odono", 2.34);

        var station = await Eventually.Until(() => TryGetStationAsync(http, "st-fushino-1"), Timeout, "the reading to reach Disaster");
        Assert.Equal(2.34, station.LatestLevelMeters);
        Assert.Equal("odono", station.District);
    }

    [Fact]
    public async Task Reading_flows_from_mosquitto_through_rabbitmq_between_separate_service_hosts()
    {
        var (mqttHost, mqttPort) = TestEnvironment.Mqtt;
        var prefix = TestEnvironment.UniqueName("it");
        var bus = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq"] = TestEnvironment.RabbitMq,
            ["Bus:QueuePrefix"] = prefix,
        };
        await using var disaster = new ServiceFactory<DisasterEntryPoint>(bus, output);
        await using var sensors = new ServiceFactory<SensorsEntryPoint>(new Dictionary<string, string?>(bus)
        {
            ["Mqtt:Mode"] = "External",
            ["Mqtt:Host"] = mqttHost,
            ["Mqtt:Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = prefix + "-sensors",
        }, output);
        using var disasterHttp = disaster.CreateClient();
        using var sensorsHttp = sensors.CreateClient();
        await WaitHealthyAsync(disasterHttp);
        await WaitHealthyAsync(sensorsHttp);

        var station = prefix + "-station";
        // The shared test mosquitto admits anyone; Sensors still refuses readings from unregistered devices.
        await DeviceRegistration.RegisterAsync(sensorsHttp, prefix + "-gauge", "river-gauge", "ogori");
        await using var gauge = new GaugeDevice(mqttHost, mqttPort, prefix + "-gauge");
        await gauge.PublishAsync(station, "ogori", 3.21);

        var seen = await Eventually.Until(() => TryGetStationAsync(disasterHttp, station), Timeout, "the reading to cross RabbitMQ");
        Assert.Equal(3.21, seen.LatestLevelMeters);
    }

    internal static async Task WaitHealthyAsync(HttpClient http) =>
        await Eventually.True(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK, Timeout, "/health to answer 200");

    private static async Task<StationView?> TryGetStationAsync(HttpClient http, string stationId)
    {
        var response = await http.GetAsync($"/api/disaster/v1/river-levels/{stationId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<StationView>() : null;
    }
}

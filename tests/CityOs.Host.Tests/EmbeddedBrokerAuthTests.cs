using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CityOs.Host;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace CityOs.Host.Tests;

/// <summary>The embedded broker admits a device only with its registered password and lets it publish only as itself.</summary>
public sealed class EmbeddedBrokerAuthTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly int _port = TestEnvironment.FreeTcpPort();
    private ServiceFactory<HostEntryPoint> _host = null!;
    private HttpClient _http = null!;

    private sealed record StationView(string StationId, double? LatestLevelMeters);

    public async Task InitializeAsync()
    {
        _host = new ServiceFactory<HostEntryPoint>(new Dictionary<string, string?>
        {
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = _port.ToString(CultureInfo.InvariantCulture),
        }, output);
        _http = _host.CreateClient();
        await Eventually.True(async () => (await _http.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "/health 200");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Wrong_or_missing_password_is_refused()
    {
        var device = await DeviceRegistration.RegisterAsync(_http, "gauge-auth-1", "river-gauge", "odono");

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await TryConnectAsync(device.UserName, "not-the-password-at-all", device.UserName));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await TryConnectAsync(null, null, "anonymous-1"));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await TryConnectAsync("gauge-odono", "seeded-but-never-issued", "gauge-odono"));
        Assert.Equal(MqttClientConnectResultCode.Success, await TryConnectAsync(device.UserName, device.Password, device.UserName));
    }

    [Fact]
    public async Task Device_may_not_take_another_devices_client_id()
    {
        var device = await DeviceRegistration.RegisterAsync(_http, "gauge-auth-2", "river-gauge", "odono");

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, await TryConnectAsync(device.UserName, device.Password, "cityos-host-sensors"));
        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, await TryConnectAsync(device.UserName, device.Password, "gauge-auth-2x"));
        Assert.Equal(MqttClientConnectResultCode.Success, await TryConnectAsync(device.UserName, device.Password, "gauge-auth-2.tablet"));
    }

    [Fact]
    public async Task Device_publishing_on_another_devices_topic_is_refused_and_nothing_reaches_the_bus()
    {
        var victim = await DeviceRegistration.RegisterAsync(_http, "gauge-auth-3", "river-gauge", "odono");
        var impostor = await DeviceRegistration.RegisterAsync(_http, "gauge-auth-4", "river-gauge", "odono");
        using var client = await ConnectAsync(impostor.UserName, impostor.Password, impostor.UserName);

        var forged = await client.PublishAsync(Reading($"cityos/v1/river-gauges/{victim.UserName}/level", "st-auth-forged"));
        var own = await client.PublishAsync(Reading($"cityos/v1/river-gauges/{impostor.UserName}/level", "st-auth-own"));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, forged.ReasonCode);
        Assert.True(own.IsSuccess);
        await Eventually.Until(() => StationAsync("st-auth-own"), TimeSpan.FromSeconds(20), "the device's own reading");
        Assert.Null(await StationAsync("st-auth-forged"));
    }

    [Fact]
    public async Task Device_may_not_subscribe_to_readings()
    {
        var device = await DeviceRegistration.RegisterAsync(_http, "gauge-auth-5", "river-gauge", "odono");
        using var client = await ConnectAsync(device.UserName, device.Password, device.UserName);

        var result = await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("cityos/v1/#").Build());

        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, Assert.Single(result.Items).ResultCode);
    }

    private async Task<MqttClientConnectResultCode> TryConnectAsync(string? user, string? password, string clientId)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(Options(user, password, clientId));
        if (client.IsConnected)
        {
            await client.DisconnectAsync();
        }

        return result.ResultCode;
    }

    private async Task<IMqttClient> ConnectAsync(string? user, string? password, string clientId)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(Options(user, password, clientId));
        Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
        return client;
    }

    private MqttClientOptions Options(string? user, string? password, string clientId)
    {
        var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _port).WithClientId(clientId).WithProtocolVersion(MqttProtocolVersion.V500);
        if (user is not null)
        {
            options.WithCredentials(user, password);
        }

        return options.Build();
    }

    private static MqttApplicationMessage Reading(string topic, string station) => new MqttApplicationMessageBuilder()
        .WithTopic(topic)
        .WithPayload(JsonSerializer.SerializeToUtf8Bytes(new { v = 1, station, district = "odono", levelM = 1.23, ts = DateTimeOffset.UtcNow, seq = 1 }))
        .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .Build();

    private async Task<StationView?> StationAsync(string station)
    {
        var response = await _http.GetAsync($"/api/disaster/v1/river-levels/{station}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<StationView>() : null;
    }
}

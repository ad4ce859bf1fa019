using System.Net;
using CityOs.ServiceDefaults.Mqtt;
using Microsoft.Extensions.Options;
using MQTTnet.Server;

namespace CityOs.Host.Mqtt;

/// <summary>
/// The embedded default's MQTT broker (MQTTnet), bound where <c>Mqtt:Host</c>/<c>Mqtt:Port</c> say; with
/// <c>Mqtt:RequireDeviceCredentials</c> it admits only registered devices and the Sensors service (<see cref="BrokerAccessControl"/>).
/// </summary>
internal sealed class EmbeddedMqttBroker(IOptions<MqttOptions> options, BrokerAccessControl access, ILogger<EmbeddedMqttBroker> logger) : IHostedService, IDisposable
{
    private MqttServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Parse(settings.Host))
            .WithDefaultEndpointPort(settings.Port)
            .WithPersistentSessions()
            // MQTTnet drops queued messages past 250 per client by default; a reading must never be dropped silently.
            .WithMaxPendingMessagesPerClient(1_000_000)
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(serverOptions);
        if (settings.RequireDeviceCredentials)
        {
            access.Attach(_server);
        }

        await _server.StartAsync();
        logger.LogInformation("Embedded MQTT broker listening on {Host}:{Port} (device credentials {Required})", settings.Host, settings.Port, settings.RequireDeviceCredentials ? "required" : "not required");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null)
        {
            return;
        }

        try
        {
            await _server.StopAsync();
        }
        catch (InvalidOperationException ex)
        {
            // MQTTnet's listener cleanup can race a connection closing at the same moment ("Collection was
            // modified", seen once in a test host's shutdown). The broker is stopping anyway; the host must still stop.
            logger.LogWarning("The embedded MQTT broker stopped with an error: {Reason}", ex.Message);
        }
    }

    public void Dispose() => _server?.Dispose();
}

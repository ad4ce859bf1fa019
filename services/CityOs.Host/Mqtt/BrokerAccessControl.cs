using System.Collections.Concurrent;
using CityOs.Sensors.Devices;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace CityOs.Host.Mqtt;

/// <summary>
/// Applies the registry's broker rules (<see cref="BrokerAuthorizer"/>) to the embedded MQTTnet server: who may
/// connect, publish and subscribe. A device's client id must be its id, or its id + "." + anything, so one device
/// cannot take over another's session; '.' never occurs in a device id, so no id is a prefix of another.
/// </summary>
internal sealed class BrokerAccessControl(BrokerAuthorizer authorizer, ILogger<BrokerAccessControl> logger)
{
    private readonly ConcurrentDictionary<string, BrokerPrincipal> _byClientId = new(StringComparer.Ordinal);

    public void Attach(MqttServer server)
    {
        server.ValidatingConnectionAsync += ValidateConnectionAsync;
        server.InterceptingPublishAsync += AuthorizePublishAsync;
        server.InterceptingSubscriptionAsync += AuthorizeSubscriptionAsync;
    }

    private async Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        var principal = await authorizer.AuthenticateAsync(e.UserName, e.Password, CancellationToken.None);
        if (principal is null)
        {
            logger.LogWarning("MQTT connection refused: bad user name or password (client {ClientId})", e.ClientId);
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            return;
        }

        if (!principal.IsService && e.ClientId != principal.UserName && !e.ClientId.StartsWith(principal.UserName + ".", StringComparison.Ordinal))
        {
            logger.LogWarning("MQTT connection refused: device {DeviceId} used client id {ClientId}", principal.UserName, e.ClientId);
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            return;
        }

        _byClientId[e.ClientId] = principal;
    }

    private Task AuthorizePublishAsync(InterceptingPublishEventArgs e)
    {
        if (!_byClientId.TryGetValue(e.ClientId ?? "", out var principal) || !BrokerAuthorizer.MayPublish(principal, e.ApplicationMessage.Topic))
        {
            logger.LogWarning("MQTT publish refused: client {ClientId} may not publish on {Topic}", e.ClientId, e.ApplicationMessage.Topic);
            e.ProcessPublish = false;
            e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
        }

        return Task.CompletedTask;
    }

    private Task AuthorizeSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        if (!_byClientId.TryGetValue(e.ClientId ?? "", out var principal) || !BrokerAuthorizer.MaySubscribe(principal, e.TopicFilter.Topic))
        {
            logger.LogWarning("MQTT subscription refused: client {ClientId} may not subscribe to {Filter}", e.ClientId, e.TopicFilter.Topic);
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        }

        return Task.CompletedTask;
    }
}

using System.Buffers;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using Polly;
using Polly.Retry;

namespace CityOs.ServiceDefaults.Mqtt;

/// <summary>
/// Keeps one persistent-session MQTT connection alive: connects with backoff, resubscribes after every
/// reconnect, and acknowledges a message only once its handler has finished.
/// </summary>
public sealed class MqttConnection(
    IOptions<MqttOptions> options,
    IEnumerable<IMqttMessageHandler> handlers,
    ILogger<MqttConnection> logger) : BackgroundService
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly IReadOnlyList<IMqttMessageHandler> _handlers = [.. handlers];
    private const int LaneCapacity = 16;
    private Channel<Received>[] _lanes = [];
    private CancellationToken _stopping;

    // Handlers reject bad payloads themselves; what throws is infrastructure (the bus is down, say).
    // Holding the message, unacknowledged, until it is handled is what makes "no reading is lost" true,
    // and it pushes back on the broker instead of buffering without bound. Each attempt has a timeout (inside
    // the retry): an attempt that hangs is retried like one that failed; handlers are idempotent per reading.
    private readonly ResiliencePipeline _untilHandled = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(5),
            UseJitter = true,
            OnRetry = args =>
            {
                if (args.AttemptNumber % 10 == 0)
                {
                    logger.LogWarning("Holding an MQTT message until it can be handled (attempt {Attempt}): {Reason}", args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                }

                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(options.Value.HandlerAttemptTimeout)
        .Build();

    public bool IsConnected => _client.IsConnected;

    public IMqttClient Client => _client;

    public Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        return _client.PublishAsync(message, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        _lanes = StartLanes();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        var settings = options.Value;
        var clientOptions = new MqttClientOptionsBuilder()
            .WithTcpServer(settings.Host, settings.Port)
            .WithClientId(settings.ClientId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)settings.SessionExpirySeconds)
            .WithCredentials(settings.Username, settings.Password)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .Build();

        var reconnect = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning("MQTT broker {Host}:{Port} unreachable (attempt {Attempt}): {Reason}", settings.Host, settings.Port, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_client.IsConnected)
            {
                try
                {
                    await reconnect.ExecuteAsync(async ct => await ConnectAndSubscribeAsync(clientOptions, ct), stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    private async Task ConnectAndSubscribeAsync(MqttClientOptions clientOptions, CancellationToken cancellationToken)
    {
        var result = await _client.ConnectAsync(clientOptions, cancellationToken);
        var filters = _handlers.SelectMany(h => h.TopicFilters).Distinct().ToList();
        if (filters.Count > 0)
        {
            // Resubscribe even when the broker kept the session: after a broker restart without persistence the subscriptions are gone.
            var subscribe = new MqttClientSubscribeOptionsBuilder();
            foreach (var filter in filters)
            {
                subscribe.WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
            }

            await _client.SubscribeAsync(subscribe.Build(), cancellationToken);
        }

        logger.LogInformation("MQTT connected (session present: {SessionPresent}); subscribed to {Count} topic filters", result.IsSessionPresent, filters.Count);
    }

    // The client raises messages one at a time; handing each to a lane keyed by its topic lets up to Lanes messages
    // (each awaiting its bus publish confirm) be handled at once, while one device's readings stay in their order.
    // A message is acknowledged by its lane, after its handler finished; a full lane holds the client's receive loop back.
    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        e.AutoAcknowledge = false;
        var message = new Received(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray(), e);
        return _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(message.Topic) % (uint)_lanes.Length)].Writer.WriteAsync(message, _stopping).AsTask();
    }

    private Channel<Received>[] StartLanes()
    {
        var lanes = new Channel<Received>[Math.Max(1, options.Value.HandlerLanes)];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Channel.CreateBounded<Received>(new BoundedChannelOptions(LaneCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
            var lane = lanes[i].Reader;
            _ = Task.Run(() => RunLaneAsync(lane));
        }

        return lanes;
    }

    private async Task RunLaneAsync(ChannelReader<Received> lane)
    {
        try
        {
            await foreach (var message in lane.ReadAllAsync(_stopping))
            {
                foreach (var handler in _handlers)
                {
                    if (handler.TopicFilters.Any(f => MqttTopicFilterComparer.Compare(message.Topic, f) == MqttTopicFilterCompareResult.IsMatch))
                    {
                        await _untilHandled.ExecuteAsync(async ct => await handler.HandleAsync(message.Topic, message.Payload, ct), _stopping);
                    }
                }

                try
                {
                    await message.Delivery.AcknowledgeAsync(CancellationToken.None);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The connection dropped after handling: the broker delivers it again, and the handler's duplicate check absorbs it.
                    logger.LogDebug("Could not acknowledge an MQTT message: {Reason}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private sealed record Received(string Topic, byte[] Payload, MqttApplicationMessageReceivedEventArgs Delivery);
}

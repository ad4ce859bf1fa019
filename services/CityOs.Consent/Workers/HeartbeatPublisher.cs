using CityOs.Consent.Records;
using CityOs.Contracts.Consent;
using CityOs.ServiceDefaults.Bus;
using MassTransit;

namespace CityOs.Consent.Workers;

/// <summary>Publishes the current change sequence every second; it bounds how stale any domain's cache can be.</summary>
internal sealed class HeartbeatPublisher(IBus bus, ChangeSequence sequence, TimeProvider time, ILogger<HeartbeatPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await bus.PublishWithinAsync(new ConsentHeartbeat { Sequence = await sequence.CurrentAsync(stoppingToken), At = time.GetUtcNow() }, stoppingToken, Interval);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug("Heartbeat not published: {Reason}", ex.Message);
            }
        }
    }
}

namespace CityOs.Disaster.Guidance;

/// <summary>Drains the queue: everything queued while a batch ran is handled together in the next one, so a burst of alerts is planned once.</summary>
internal sealed class GuidanceWorker(GuidanceQueue queue, GuidanceEngine engine, GuidanceMetrics metrics, ILogger<GuidanceWorker> logger) : BackgroundService
{
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            // Alerts arrive in bursts (many gauges cross a threshold together): a short gather lets one batch plan them all.
            await Task.Delay(GatherWindow, stoppingToken);
            var batch = new List<GuidanceWork>();
            while (queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            try
            {
                await engine.RunAsync(batch, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Requeued: guidance must not be lost to a transient store failure.
                logger.LogError(ex, "Guidance batch of {Count} items failed; retrying", batch.Count);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                batch.ForEach(queue.Enqueue);
            }
            finally
            {
                // Mobility's answers update guidance too, but the clock measures planning: help requested counts as help.
                if (batch.Any(w => w.Trigger is not ("ride-scheduled" or "ride-declined" or "deadline" or "consent-retry")))
                {
                    metrics.Settled();
                }

                queue.Done(batch.Count);
            }
        }
    }
}

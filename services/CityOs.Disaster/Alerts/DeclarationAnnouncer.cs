namespace CityOs.Disaster.Alerts;

/// <summary>
/// Publishes declarations whose announcement the broker did not take (down, or a publish that never got its
/// confirm), so Consent opens the break-glass window without waiting for the next alert.
/// </summary>
internal sealed class DeclarationAnnouncer(DeclarationBoard declarations, TimeProvider time, ILogger<DeclarationAnnouncer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!declarations.HasUnannounced)
            {
                continue;
            }

            try
            {
                await declarations.AnnouncePendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Declarations not announced yet, trying again in {Seconds} s: {Reason}", Interval.TotalSeconds, ex.Message);
            }
        }
    }
}

namespace CityOs.Disaster.Guidance;

/// <summary>
/// Residents left unassisted because Consent did not answer (fail closed) are asked about again every
/// <see cref="Interval"/>: an outage or a restart must not leave them without help once Consent is back.
/// </summary>
internal sealed class ConsentRetrySweep(GuidanceBoard board, GuidanceQueue queue, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (board.Where(g => g.Reason == UnassistedReason.ConsentUnavailable).Any())
            {
                queue.Enqueue(new GuidanceWork { Trigger = "consent-retry" });
            }
        }
    }
}

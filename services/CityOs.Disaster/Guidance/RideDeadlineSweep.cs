namespace CityOs.Disaster.Guidance;

/// <summary>Once a minute, residents whose requested ride was not scheduled by its deadline become <c>no-vehicle</c>, so they show on the office's list.</summary>
internal sealed class RideDeadlineSweep(GuidanceQueue queue, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            queue.Enqueue(new GuidanceWork { Trigger = "deadline" });
        }
    }
}

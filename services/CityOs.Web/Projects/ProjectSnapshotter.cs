using CityOs.Web.Office;
using Microsoft.Extensions.Options;

namespace CityOs.Web.Projects;

/// <summary>Records every running project's platform KPIs at <see cref="OfficeOptions.SnapshotInterval"/>, building the series the dashboard draws against the target.</summary>
public sealed class ProjectSnapshotter(IServiceProvider services, IOptions<OfficeOptions> options, TimeProvider time, ILogger<ProjectSnapshotter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SnapshotInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SnapshotAllAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The store or a domain may be down; the next tick tries again.
                logger.LogWarning("KPI snapshot skipped: {Reason}", ex.Message);
            }
        }
    }

    public async Task<int> SnapshotAllAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ProjectStore>();
        var projects = services.GetRequiredService<ProjectService>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var measured = 0;
        foreach (var project in (await store.ListAsync(cancellationToken)).Where(p => p.IsRunningOn(today)))
        {
            await projects.MeasureAsync(project.Id, cancellationToken);
            measured++;
        }

        return measured;
    }
}

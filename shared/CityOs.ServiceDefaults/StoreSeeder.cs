using CityOs.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityOs.ServiceDefaults;

/// <summary>
/// Seeds reference data without making the store a start-up dependency: a service starts with its store
/// down, keeps retrying, and seeds when the store returns. Bad seed data still stops the host, because
/// only <see cref="StoreUnavailableException"/> is retried.
/// </summary>
public abstract class StoreSeeder(ILogger logger) : BackgroundService
{
    private bool _seeded;

    protected abstract string What { get; }

    protected abstract Task SeedAsync(CancellationToken cancellationToken);

    /// <summary>Seeds before the host serves when the store answers, so the first request already sees the data.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedAsync(cancellationToken);
            _seeded = true;
        }
        catch (StoreUnavailableException ex)
        {
            logger.LogWarning("Seeding {What} waits for the store: {Reason}", What, ex.Message);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_seeded)
        {
            return;
        }

        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SeedAsync(stoppingToken);
                return;
            }
            catch (StoreUnavailableException ex)
            {
                logger.LogWarning("Seeding {What} waits for the store: {Reason}", What, ex.Message);
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(15).Ticks));
        }
    }
}

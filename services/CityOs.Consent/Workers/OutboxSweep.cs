using CityOs.Consent.Records;

namespace CityOs.Consent.Workers;

/// <summary>
/// Delivers consent effects whose relay was interrupted (process killed, broker or store down after
/// the record was written). It leaves alone effects younger than <see cref="Grace"/>, which the
/// request that wrote them is still delivering.
/// </summary>
internal sealed class OutboxSweep(ConsentStore records, IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), time);
        do
        {
            try
            {
                var owing = await records.OwingSinceAsync(time.GetUtcNow() - Grace, stoppingToken);
                if (owing.Count == 0)
                {
                    continue;
                }

                using var scope = scopes.CreateScope();
                var relay = scope.ServiceProvider.GetRequiredService<ConsentRelay>();
                foreach (var record in owing)
                {
                    await relay.DeliverAsync(record, recovering: true, stoppingToken);
                }

                logger.LogInformation("Delivered the interrupted effects of {Count} consent records", owing.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Outbox sweep failed, will retry: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

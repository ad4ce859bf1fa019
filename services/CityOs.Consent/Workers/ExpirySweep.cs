using CityOs.Consent.Records;

namespace CityOs.Consent.Workers;

/// <summary>
/// Turns lapsed consents into Expired and tells the caches. Deciding never waits for this: a consent
/// past its end date already denies; the sweep records the event and frees the caches sooner.
/// </summary>
internal sealed class ExpirySweep(ConsentStore records, IServiceScopeFactory scopes, TimeProvider time, ILogger<ExpirySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), time);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
                foreach (var lapsed in await records.DueForExpiryAsync(time.GetUtcNow(), stoppingToken))
                {
                    await consents.ExpireAsync(lapsed, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Expiry sweep failed, will retry: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using CityOs.Contracts.Childcare;
using CityOs.ServiceDefaults.Bus;
using CityOs.Storage;
using MassTransit;

namespace CityOs.Childcare.Facilities;

/// <summary>
/// Publishes what the facility documents still owe (<see cref="FacilityRecord.Unpublished"/>), then marks it sent with
/// an ETag-checked write. A crash or a lost race between the two sends the same vacancies again, which is harmless:
/// the messages are snapshots with a version. Swept on every change and every few seconds, so nothing stays owed.
/// </summary>
internal sealed class VacancyRelay(IDocumentStore store, IBus bus, VacancySignal signal, ILogger<VacancyRelay> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RelayAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is StoreUnavailableException or MassTransitException or TimeoutException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Vacancy relay waits: {Reason}", ex.Message);
            }

            try
            {
                await signal.WaitAsync(Sweep, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RelayAsync(CancellationToken cancellationToken)
    {
        var records = await store.QueryAsync<FacilityRecord>(FacilityCatalog.Container, FacilityCatalog.Partition, cancellationToken: cancellationToken);
        foreach (var stored in records.Where(r => r.Value.Unpublished.Count > 0))
        {
            var record = stored.Value;
            foreach (var places in record.Unpublished)
            {
                await bus.PublishWithinAsync(new FacilityVacancyChanged
                {
                    FacilityId = record.Facility.Id,
                    AgeClass = places.AgeClass,
                    Vacancies = record.OpenVacancies(places),
                    AsOf = record.ChangedAt,
                    Version = record.Version,
                }, cancellationToken);
            }

            var sent = record.Facility.AgeClasses.ToDictionary(a => a.AgeClass, record.OpenVacancies);
            try
            {
                await store.ReplaceAsync(FacilityCatalog.Container, FacilityCatalog.Partition, stored.Id, record with { Published = sent }, stored.ETag, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // The facility changed meanwhile: the next pass publishes the newer state.
                signal.Wake();
            }
        }
    }
}

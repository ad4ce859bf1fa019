using CityOs.Contracts.Evacuation;
using CityOs.Contracts.Sensors;
using CityOs.Disaster.Guidance;
using CityOs.Storage;
using MassTransit;

namespace CityOs.Disaster.Alerts;

/// <summary>
/// What a level change sets off: the alert is stored (CAP feed) and published; level 3 starts guidance,
/// level 4 declares a disaster (break-glass), level 5 moves people away from shelters in the flooding district.
/// </summary>
public sealed class AlertCoordinator(AlertBoard board, DeclarationBoard declarations, GuidanceQueue queue, GuidanceMetrics metrics, IDocumentStore store, ILogger<AlertCoordinator> logger)
{
    public const string Container = "disaster-alerts";
    private const string Partition = "alerts";

    public async Task<DisasterAlert?> ObserveAsync(RiverLevelObserved reading, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        if (board.Observe(reading) is not { } alert)
        {
            return null;
        }

        try
        {
            await store.CreateAsync(Container, Partition, alert.Id.ToString("N"), alert, cancellationToken);
        }
        catch
        {
            board.Revert(alert);
            throw;
        }

        logger.LogWarning("District {District} alert level {Previous} -> {Level} (station {StationId})", alert.District, alert.PreviousLevel, alert.Level, alert.StationId);
        await publish.Publish(new AlertRaised
        {
            AlertId = alert.Id,
            District = alert.District,
            Level = alert.Level,
            PreviousLevel = alert.PreviousLevel,
            StationId = alert.StationId,
            At = alert.At,
        }, cancellationToken);

        if (alert.Level >= 3 && alert.PreviousLevel < 3)
        {
            metrics.Level3Raised();
            queue.Enqueue(new GuidanceWork { Trigger = "alert", Districts = [alert.District] });
        }

        if (alert.Level >= 4)
        {
            await declarations.DeclareAsync([alert.District], $"level-{alert.Level} {alert.StationId}", "alert", cancellationToken);
        }

        if (alert.Level >= 5 && alert.PreviousLevel < 5)
        {
            queue.Enqueue(new GuidanceWork { Trigger = "flooding", Districts = [alert.District] });
        }

        return alert;
    }

    public async Task LoadAsync(CancellationToken cancellationToken) =>
        board.Restore((await store.QueryAsync<DisasterAlert>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value));
}

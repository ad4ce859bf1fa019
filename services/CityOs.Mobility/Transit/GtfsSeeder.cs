using CityOs.Mobility.Transit.Gtfs;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Transit;

/// <summary>
/// Gives a fresh city a bus timetable. Runs before the host serves, so a broken seed feed stops start-up
/// with its errors instead of leaving the app without buses; a feed already stored (perhaps newer, uploaded by staff) is kept.
/// </summary>
internal sealed class GtfsSeeder(IOptions<TransitOptions> options, TransitFeedStore feeds, GtfsImporter importer, ILogger<GtfsSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GtfsSeedFolder is not { Length: > 0 } folder)
        {
            return;
        }

        if (await feeds.GetPointerAsync(cancellationToken) is { } current)
        {
            logger.LogInformation("GTFS feed {Version} already stored; seed folder not imported", current.Version);
            return;
        }

        var issues = new GtfsIssues();
        var report = await importer.ImportAsync(GtfsSource.FromFolder(Path.Combine(AppContext.BaseDirectory, folder), issues), issues, cancellationToken);
        if (!report.Imported)
        {
            throw new OptionsValidationException(TransitOptions.Section, typeof(TransitOptions),
                [$"Mobility:GtfsSeedFolder '{folder}' is not a valid feed:", .. report.Errors.Select(e => e.ToString())]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

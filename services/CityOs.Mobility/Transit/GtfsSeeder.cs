using CityOs.Mobility.Transit.Gtfs;
using CityOs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CityOs.Mobility.Transit;

/// <summary>
/// Gives a fresh city a bus timetable. A broken seed feed stops the host with its errors instead of leaving
/// the app without buses; a feed already stored (perhaps newer, uploaded by staff) is kept; a store that is
/// down is waited for.
/// </summary>
internal sealed class GtfsSeeder(IOptions<TransitOptions> options, TransitFeedStore feeds, GtfsImporter importer, ILogger<GtfsSeeder> logger) : StoreSeeder(logger)
{
    protected override string What => "the GTFS feed";

    protected override async Task SeedAsync(CancellationToken cancellationToken)
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
}

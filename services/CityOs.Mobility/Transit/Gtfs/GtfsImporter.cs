using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>Validates the whole feed first and stores it only when it has no error at all.</summary>
public sealed class GtfsImporter(TransitFeedStore feeds, TimeProvider time, ILogger<GtfsImporter> logger)
{
    public async Task<GtfsImportReport> ImportAsync(GtfsSource? source, GtfsIssues issues, CancellationToken cancellationToken)
    {
        if (source is null)
        {
            return Rejected(issues, [], []);
        }

        var result = GtfsFeedReader.Read(source);
        if (result.Feed is not { } feed)
        {
            logger.LogWarning("GTFS feed {Version} rejected with {Count} errors", source.Version, result.Issues.Count);
            return Rejected(result.Issues, result.FilesImported, result.FilesIgnored);
        }

        var counts = new GtfsFeedCounts(feed.Agencies.Count, feed.Stops.Count, feed.Routes.Count, feed.Trips.Count, result.StopTimeCount, feed.Services.Count);
        var current = await feeds.GetPointerAsync(cancellationToken);
        var unchanged = current?.Version == source.Version;
        var pointer = unchanged ? current! : new GtfsFeedPointer
        {
            Version = source.Version,
            PublisherVersion = feed.PublisherVersion,
            ImportedAt = time.GetUtcNow(),
            Counts = counts,
        };
        if (!unchanged)
        {
            await feeds.SaveAsync(feed, pointer, cancellationToken);
            logger.LogInformation("GTFS feed {Version} imported: {Routes} routes, {Trips} trips, {Stops} stops", pointer.Version, counts.Routes, counts.Trips, counts.Stops);
        }

        return new GtfsImportReport
        {
            Imported = true,
            Unchanged = unchanged,
            Version = pointer.Version,
            PublisherVersion = pointer.PublisherVersion,
            ImportedAt = pointer.ImportedAt,
            Counts = counts,
            FilesImported = result.FilesImported,
            FilesIgnored = result.FilesIgnored,
        };
    }

    private static GtfsImportReport Rejected(GtfsIssues issues, IReadOnlyList<string> imported, IReadOnlyList<string> ignored) => new()
    {
        Imported = false,
        Errors = issues.Errors,
        ErrorCount = issues.Count,
        FilesImported = imported,
        FilesIgnored = ignored,
    };
}

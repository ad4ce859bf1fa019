using System.Text.Json;
using CityOs.Mobility.Transit.Model;
using CityOs.Storage;

namespace CityOs.Mobility.Transit;

/// <summary>
/// A feed version is one document per stop, route and trip plus one meta document, each version in its
/// own partitions: no document grows with the network (Cosmos DB caps a document at 2 MB), and one
/// pointer write switches versions, which is as close to atomic as a store without transactions gets.
/// </summary>
public sealed class TransitFeedStore(IDocumentStore store, ILogger<TransitFeedStore> logger)
{
    public const string Container = "mobility-gtfs";
    private const string PointerPartition = "feeds";
    private const string PointerId = "current";

    public async Task<GtfsFeedPointer?> GetPointerAsync(CancellationToken cancellationToken) =>
        (await store.GetAsync<GtfsFeedPointer>(Container, PointerPartition, PointerId, cancellationToken))?.Value;

    /// <summary>Writes the version, then moves the pointer to it, then drops the version before the previous one.</summary>
    public async Task SaveAsync(GtfsFeed feed, GtfsFeedPointer pointer, CancellationToken cancellationToken)
    {
        var v = pointer.Version;
        await CreateOnceAsync(Partition(v, "meta"), "meta", new GtfsFeedMeta
        {
            Agencies = feed.Agencies,
            Services = feed.Services,
            Offices = feed.Offices,
            PublisherVersion = feed.PublisherVersion,
        }, cancellationToken);
        foreach (var stop in feed.Stops)
        {
            await CreateOnceAsync(Partition(v, "stops"), stop.StopId, stop, cancellationToken);
        }

        foreach (var route in feed.Routes)
        {
            await CreateOnceAsync(Partition(v, "routes"), route.RouteId, route, cancellationToken);
        }

        foreach (var trip in feed.Trips)
        {
            await CreateOnceAsync(Partition(v, "trips"), trip.TripId, trip, cancellationToken);
        }

        var replaced = await MovePointerAsync(pointer, cancellationToken);
        if (replaced?.Previous is { } stale && stale != v && stale != replaced.Version)
        {
            await DeleteVersionAsync(stale, cancellationToken);
        }
    }

    public async Task<GtfsFeed?> LoadAsync(string version, CancellationToken cancellationToken)
    {
        if (await store.GetAsync<GtfsFeedMeta>(Container, Partition(version, "meta"), "meta", cancellationToken) is not { } meta)
        {
            return null;
        }

        return new GtfsFeed
        {
            Agencies = meta.Value.Agencies,
            Services = meta.Value.Services,
            Offices = meta.Value.Offices,
            PublisherVersion = meta.Value.PublisherVersion,
            Stops = await AllAsync<TransitStop>(Partition(version, "stops"), cancellationToken),
            Routes = await AllAsync<TransitRoute>(Partition(version, "routes"), cancellationToken),
            Trips = await AllAsync<TransitTrip>(Partition(version, "trips"), cancellationToken),
        };
    }

    private static string Partition(string version, string part) => $"{version}:{part}";

    private async Task<List<T>> AllAsync<T>(string partition, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<T>(Container, partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    /// <summary>Same version means same content (the version is a hash), so a document left by an interrupted import is already right.</summary>
    private async Task CreateOnceAsync<T>(string partition, string id, T value, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(Container, partition, id, value, cancellationToken);
        }
        catch (DocumentConflictException)
        {
        }
    }

    private async Task<GtfsFeedPointer?> MovePointerAsync(GtfsFeedPointer pointer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<GtfsFeedPointer>(Container, PointerPartition, PointerId, cancellationToken);
            try
            {
                if (current is null)
                {
                    await store.CreateAsync(Container, PointerPartition, PointerId, pointer, cancellationToken);
                    return null;
                }

                await store.ReplaceAsync(Container, PointerPartition, PointerId, pointer with { Previous = current.Value.Version }, current.ETag, cancellationToken);
                return current.Value;
            }
            catch (DocumentConflictException)
            {
                // Another import moved the pointer meanwhile: the later write wins, and this one still keeps its predecessor.
            }
        }
    }

    private async Task DeleteVersionAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var part in new[] { "trips", "routes", "stops", "meta" })
            {
                foreach (var doc in await store.QueryAsync<JsonElement>(Container, Partition(version, part), cancellationToken: cancellationToken))
                {
                    await store.DeleteAsync(Container, Partition(version, part), doc.Id, cancellationToken: cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is StoreUnavailableException or DocumentConflictException)
        {
            // Leftovers of an old version cost space, not correctness: readers only follow the pointer.
            logger.LogWarning("Could not delete GTFS version {Version}: {Reason}", version, ex.Message);
        }
    }
}

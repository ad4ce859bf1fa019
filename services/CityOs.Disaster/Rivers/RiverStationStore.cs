using CityOs.Contracts.Sensors;
using CityOs.Storage;

namespace CityOs.Disaster.Rivers;

/// <summary>Stations live in one small partition: a city has dozens of gauges, and the dashboard lists them all.</summary>
public sealed class RiverStationStore(IDocumentStore store)
{
    public const string Container = "disaster-river-stations";
    private const string Partition = "stations";
    private const int RecentLimit = 96;

    public async Task<IReadOnlyList<RiverStation>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync<RiverStation>(Container, Partition, cancellationToken: cancellationToken)).Select(d => d.Value)];

    public async Task<RiverStation?> GetAsync(string stationId, CancellationToken cancellationToken) =>
        (await store.GetAsync<RiverStation>(Container, Partition, stationId, cancellationToken))?.Value;

    /// <summary>Records a reading once; returns whether it is to be observed (new, or the station's latest seen again). Retries on a lost ETag race.</summary>
    public async Task<bool> RecordAsync(RiverLevelObserved reading, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await store.GetAsync<RiverStation>(Container, Partition, reading.StationId, cancellationToken);
            var station = current?.Value ?? new RiverStation { StationId = reading.StationId, District = reading.District };
            if (station.Recent.Any(r => r.ReadingId == reading.ReadingId))
            {
                // Seen before, but a crash may have come between this write and the alert it causes: the latest
                // reading is observed again (the alert board ignores a level it already has); older ones are not.
                return station.Recent[^1].ReadingId == reading.ReadingId;
            }

            var recent = station.Recent.Append(new RiverReading(reading.ReadingId, reading.WaterLevelMeters, reading.ObservedAt))
                .OrderBy(r => r.ObservedAt).TakeLast(RecentLimit).ToList();
            var latest = recent[^1];
            var updated = station with { District = reading.District, Recent = recent, LatestLevelMeters = latest.LevelMeters, LatestObservedAt = latest.ObservedAt };
            try
            {
                if (current is null)
                {
                    await store.CreateAsync(Container, Partition, reading.StationId, updated, cancellationToken);
                }
                else
                {
                    await store.ReplaceAsync(Container, Partition, reading.StationId, updated, current.ETag, cancellationToken);
                }

                return true;
            }
            catch (DocumentConflictException)
            {
                // Another consumer instance wrote first: reload and apply again.
            }
        }
    }
}

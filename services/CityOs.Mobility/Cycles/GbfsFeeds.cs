namespace CityOs.Mobility.Cycles;

/// <summary>Builds the GBFS files from the dock catalogue and the counters the docks report.</summary>
public sealed class GbfsFeeds(CycleDockStore docks, TimeProvider time)
{
    public const string SpecVersion = "2.3";

    /// <summary>Docks report every minute or so; clients need not poll faster.</summary>
    public const int StatusTtlSeconds = 60;

    public const int InformationTtlSeconds = 3600;

    public async Task<GbfsFeed<GbfsStations<GbfsStationInformation>>> StationInformationAsync(CancellationToken cancellationToken)
    {
        var stations = (await docks.ListDocksAsync(cancellationToken))
            .Select(d => new GbfsStationInformation(d.DockId, d.NameJa, d.Lat, d.Lon, d.Capacity, d.District))
            .ToList();
        return new(Now(), InformationTtlSeconds, SpecVersion, new GbfsStations<GbfsStationInformation>(stations));
    }

    /// <summary>Only docks of the catalogue that have reported: a status without a station, or a station with invented counts, would mislead.</summary>
    public async Task<GbfsFeed<GbfsStations<GbfsStationStatus>>> StationStatusAsync(CancellationToken cancellationToken)
    {
        var known = (await docks.ListDocksAsync(cancellationToken)).Select(d => d.DockId).ToHashSet(StringComparer.Ordinal);
        var stations = (await docks.ListStatusAsync(cancellationToken))
            .Where(s => known.Contains(s.DockId))
            .Select(s => new GbfsStationStatus(s.DockId, s.BikesAvailable, s.DocksFree, true, true, true, s.LastReported.ToUnixTimeSeconds()))
            .ToList();
        return new(Now(), StatusTtlSeconds, SpecVersion, new GbfsStations<GbfsStationStatus>(stations));
    }

    public GbfsFeed<GbfsDiscovery> Discovery(string baseUrl) => new(Now(), InformationTtlSeconds, SpecVersion,
        new GbfsDiscovery(new GbfsFeedList(
        [
            new GbfsFeedLink("station_information", $"{baseUrl}/station_information.json"),
            new GbfsFeedLink("station_status", $"{baseUrl}/station_status.json"),
        ])));

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();
}

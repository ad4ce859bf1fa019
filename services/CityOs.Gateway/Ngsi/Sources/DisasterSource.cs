namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>Shelters, river gauges and alerts from the Disaster service's open API.</summary>
public sealed class DisasterSource(IHttpClientFactory clients) : IEntitySource
{
    public const string HttpClientName = "cityos-disaster";

    private const string Api = "api/disaster/v1/";

    private IReadOnlyDictionary<string, DistrictDto>? _districts;

    public IReadOnlyList<string> Types { get; } = ["Shelter", "RiverGauge", "Alert"];

    public async Task<IReadOnlyList<NgsiEntity>> ListAsync(string type, CancellationToken cancellationToken) => type switch
    {
        "Shelter" => [.. (await GetAsync<List<ShelterDto>>("shelters", cancellationToken)).Select(DisasterEntities.Shelter)],
        "RiverGauge" => await GaugesAsync(cancellationToken),
        "Alert" => await AlertsAsync(cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<NgsiEntity>> GaugesAsync(CancellationToken cancellationToken)
    {
        var districts = await DistrictsAsync(cancellationToken);
        var stations = await GetAsync<List<RiverStationDto>>("river-levels", cancellationToken);
        return [.. stations.Select(s => DisasterEntities.Gauge(s, districts.GetValueOrDefault(s.District)))];
    }

    private async Task<IReadOnlyList<NgsiEntity>> AlertsAsync(CancellationToken cancellationToken)
    {
        var districts = await DistrictsAsync(cancellationToken);
        var alerts = await GetAsync<AlertsDto>("alerts", cancellationToken);
        return [.. alerts.Alerts.Select(a => DisasterEntities.Alert(a, districts.GetValueOrDefault(a.District)))];
    }

    /// <summary>District centres locate gauges and alerts; the 21 districts do not change while running, so they are read once.</summary>
    private async Task<IReadOnlyDictionary<string, DistrictDto>> DistrictsAsync(CancellationToken cancellationToken) =>
        _districts ??= (await GetAsync<List<DistrictDto>>("districts", cancellationToken)).ToDictionary(d => d.Code, StringComparer.Ordinal);

    private Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) => SourceJson.GetAsync<T>(clients.CreateClient(HttpClientName), Api + path, "disaster", cancellationToken);
}

public sealed record ShelterDto(
    string Id, string NameJa, string NameEn, string District, double Lat, double Lon, int Capacity, int Occupancy,
    double OccupancyPercent, string Congestion, bool Open, bool WheelchairAccessible, bool Welfare, bool Pets, DateTimeOffset? ObservedAt);

public sealed record RiverStationDto(string StationId, string District, double? LatestLevelMeters, DateTimeOffset? LatestObservedAt);

public sealed record DistrictDto(string Code, string NameJa, string NameEn, double Lat, double Lon);

public sealed record AlertDto(Guid Id, string District, int Level, int PreviousLevel, string StationId, double LevelMeters, DateTimeOffset At);

public sealed record AlertsDto(IReadOnlyDictionary<string, int> Levels, IReadOnlyList<AlertDto> Alerts);

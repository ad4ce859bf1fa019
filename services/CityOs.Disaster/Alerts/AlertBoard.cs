using CityOs.Contracts.Sensors;

namespace CityOs.Disaster.Alerts;

/// <summary>
/// Each district's level is the highest its gauges imply. Kept in memory (a few dozen numbers) and
/// changed under one lock, so two readings racing cannot both raise the same alert.
/// </summary>
public sealed class AlertBoard
{
    private readonly Dictionary<string, GaugeThresholds> _gauges;
    private readonly Dictionary<string, int> _stationLevels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _stationObservedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _districtLevels = new(StringComparer.Ordinal);
    private readonly List<DisasterAlert> _alerts = [];

    public AlertBoard(IEnumerable<GaugeThresholds> gauges) =>
        _gauges = gauges.ToDictionary(g => g.StationId, StringComparer.Ordinal);

    public IReadOnlyList<GaugeThresholds> Gauges => [.. _gauges.Values];

    public int LevelOf(string district)
    {
        lock (_alerts)
        {
            return _districtLevels.GetValueOrDefault(district);
        }
    }

    public IReadOnlyDictionary<string, int> Levels()
    {
        lock (_alerts)
        {
            return new Dictionary<string, int>(_districtLevels);
        }
    }

    public IReadOnlyList<DisasterAlert> Alerts()
    {
        lock (_alerts)
        {
            return [.. _alerts];
        }
    }

    /// <summary>After a restart: the stored alerts give back each district's level without raising anything again.</summary>
    public void Restore(IEnumerable<DisasterAlert> stored)
    {
        lock (_alerts)
        {
            foreach (var alert in stored.OrderBy(a => a.At))
            {
                _alerts.Add(alert);
                _districtLevels[alert.District] = alert.Level;
                _stationLevels[alert.StationId] = alert.Level;
                _stationObservedAt[alert.StationId] = alert.At;
            }
        }
    }

    /// <summary>Returns the alert when the reading changes its district's level; readings of unknown stations change nothing.</summary>
    public DisasterAlert? Observe(RiverLevelObserved reading)
    {
        if (!_gauges.TryGetValue(reading.StationId, out var gauge))
        {
            return null;
        }

        lock (_alerts)
        {
            // Readings can arrive out of order (redelivery, a backlog after an outage, parallel consumers): an older
            // one must not lower the level a newer one set.
            if (_stationObservedAt.TryGetValue(reading.StationId, out var latest) && reading.ObservedAt < latest)
            {
                return null;
            }

            _stationObservedAt[reading.StationId] = reading.ObservedAt;
            _stationLevels[reading.StationId] = gauge.LevelFor(reading.WaterLevelMeters);
            var level = _gauges.Values.Where(g => g.District == gauge.District).Max(g => _stationLevels.GetValueOrDefault(g.StationId));
            var previous = _districtLevels.GetValueOrDefault(gauge.District);
            if (level == previous)
            {
                return null;
            }

            _districtLevels[gauge.District] = level;
            var alert = new DisasterAlert
            {
                Id = Guid.NewGuid(),
                District = gauge.District,
                Level = level,
                PreviousLevel = previous,
                StationId = reading.StationId,
                LevelMeters = reading.WaterLevelMeters,
                At = reading.ObservedAt,
            };
            _alerts.Add(alert);
            return alert;
        }
    }

    /// <summary>Takes back an alert that could not be stored, so the redelivered reading raises it again.</summary>
    public void Revert(DisasterAlert alert)
    {
        lock (_alerts)
        {
            if (_alerts.Remove(alert) && _districtLevels.GetValueOrDefault(alert.District) == alert.Level)
            {
                _districtLevels[alert.District] = alert.PreviousLevel;
            }
        }
    }
}

namespace CityOs.Disaster.Alerts;

/// <summary>data/gauges.json.</summary>
public sealed record GaugeFile(IReadOnlyList<GaugeThresholds> Gauges);

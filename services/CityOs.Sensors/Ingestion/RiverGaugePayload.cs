namespace CityOs.Sensors.Ingestion;

/// <summary>
/// Version 1 of a river gauge's payload on <c>cityos/v1/river-gauges/{deviceId}/level</c>
/// (documented in docs/sensors.md).
/// </summary>
internal sealed record RiverGaugePayload
{
    public int V { get; init; }

    public string? Station { get; init; }

    public string? District { get; init; }

    public double? LevelM { get; init; }

    public DateTimeOffset? Ts { get; init; }

    public long? Seq { get; init; }
}

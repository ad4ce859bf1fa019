namespace CityOs.Sensors.Tests;

/// <summary>The meter is process-wide: tests that count its measurements run alone.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

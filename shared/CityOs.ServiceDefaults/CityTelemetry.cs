using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CityOs.ServiceDefaults;

/// <summary>The platform's own activity source and meter; tags carry pseudonyms and codes only, never personal data.</summary>
public static class CityTelemetry
{
    public const string ActivitySourceName = "CityOs";
    public const string MeterName = "CityOs";

    public static ActivitySource ActivitySource { get; } = new(ActivitySourceName);

    public static Meter Meter { get; } = new(MeterName);
}

namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>A domain service did not answer (after the resilience handler's retries); NGSI-LD answers 503 rather than a partial list.</summary>
public sealed class SourceUnavailableException(string source, Exception? inner = null)
    : Exception($"The {source} service did not answer.", inner)
{
    public string SourceName { get; } = source;
}

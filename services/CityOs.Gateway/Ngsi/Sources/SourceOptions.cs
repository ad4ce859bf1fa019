namespace CityOs.Gateway.Ngsi.Sources;

/// <summary>
/// Where the domain services answer. Empty means "this process" (the all-in-one host calls its own
/// public APIs, so both topologies read open data the same way).
/// </summary>
public sealed class SourceOptions
{
    public const string Section = "Gateway:Sources";

    public string? Disaster { get; set; } = "http://127.0.0.1:5082";

    public string? Mobility { get; set; } = "http://127.0.0.1:5083";

    public string? Childcare { get; set; } = "http://127.0.0.1:5084";
}

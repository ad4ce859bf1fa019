namespace CityOs.Mobility.Transit.Model;

/// <summary>
/// Names the feed version readers use. A version's documents are all written before the pointer moves
/// to it, so readers see the old feed or the new one, never a mix; the previous version is kept one
/// import longer for readers that were loading it while the pointer moved.
/// </summary>
public sealed record GtfsFeedPointer
{
    public required string Version { get; init; }

    public string? Previous { get; init; }

    public string? PublisherVersion { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public required GtfsFeedCounts Counts { get; init; }
}

using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>What an import did: the new version and its counts, or every error that stopped it (nothing is then stored).</summary>
public sealed record GtfsImportReport
{
    public required bool Imported { get; init; }

    /// <summary>The feed is byte-for-byte the one already in use; nothing was written.</summary>
    public bool Unchanged { get; init; }

    public string? Version { get; init; }

    public string? PublisherVersion { get; init; }

    public DateTimeOffset? ImportedAt { get; init; }

    public GtfsFeedCounts? Counts { get; init; }

    public IReadOnlyList<string> FilesImported { get; init; } = [];

    /// <summary>Files accepted but not used (fares, shapes, frequencies, unknown extras).</summary>
    public IReadOnlyList<string> FilesIgnored { get; init; } = [];

    public IReadOnlyList<GtfsError> Errors { get; init; } = [];

    /// <summary>All errors found, also those past the listed ones.</summary>
    public int ErrorCount { get; init; }
}

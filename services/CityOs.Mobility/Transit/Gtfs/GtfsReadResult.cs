using CityOs.Mobility.Transit.Model;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>Either a whole, valid feed or the list of errors that stopped it; never half of one.</summary>
public sealed record GtfsReadResult(GtfsFeed? Feed, GtfsIssues Issues, IReadOnlyList<string> FilesImported, IReadOnlyList<string> FilesIgnored, int StopTimeCount);

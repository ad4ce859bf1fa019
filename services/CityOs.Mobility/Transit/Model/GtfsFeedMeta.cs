namespace CityOs.Mobility.Transit.Model;

/// <summary>The small, feed-wide part of a version: agencies, calendars and depots in one document.</summary>
public sealed record GtfsFeedMeta
{
    public required List<TransitAgency> Agencies { get; init; }

    public required List<ServiceCalendar> Services { get; init; }

    public List<TransitOffice> Offices { get; init; } = [];

    public string? PublisherVersion { get; init; }
}

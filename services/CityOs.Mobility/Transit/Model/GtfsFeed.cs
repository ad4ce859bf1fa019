namespace CityOs.Mobility.Transit.Model;

/// <summary>A whole feed, validated: every reference resolves and every trip has at least two timed stops.</summary>
public sealed record GtfsFeed
{
    public required List<TransitAgency> Agencies { get; init; }

    public required List<TransitStop> Stops { get; init; }

    public required List<TransitRoute> Routes { get; init; }

    public required List<TransitTrip> Trips { get; init; }

    public required List<ServiceCalendar> Services { get; init; }

    public List<TransitOffice> Offices { get; init; } = [];

    /// <summary>feed_info.txt feed_version, when the publisher gave one.</summary>
    public string? PublisherVersion { get; init; }

    public string Timezone => Agencies[0].Timezone;
}

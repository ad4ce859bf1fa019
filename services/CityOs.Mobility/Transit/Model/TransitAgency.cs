namespace CityOs.Mobility.Transit.Model;

/// <summary>agency.txt, with the registered name from GTFS-JP's agency_jp.txt when given.</summary>
public sealed record TransitAgency
{
    public required string AgencyId { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public string? OfficialName { get; init; }

    public required string Url { get; init; }

    public required string Timezone { get; init; }

    public string? Phone { get; init; }
}

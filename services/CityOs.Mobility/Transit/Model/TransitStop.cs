namespace CityOs.Mobility.Transit.Model;

/// <summary>A stop, pole (GTFS-JP 標柱) or station from stops.txt, named in Japanese with English and kana from translations.txt.</summary>
public sealed record TransitStop
{
    public required string StopId { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    /// <summary>Reading in kana (translation language ja-Hrkt), for screen readers and search.</summary>
    public string? NameKana { get; init; }

    public string? StopCode { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    /// <summary>0 stop or pole, 1 station (groups poles), 2 entrance, 3 generic node, 4 boarding area.</summary>
    public int LocationType { get; init; }

    public string? ParentStation { get; init; }

    /// <summary>のりば number at a station.</summary>
    public string? PlatformCode { get; init; }

    /// <summary>0 unknown, 1 accessible, 2 not accessible.</summary>
    public int WheelchairBoarding { get; init; }
}

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>One reason a feed was rejected, pointing at the file and line a publisher has to fix.</summary>
public sealed record GtfsError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

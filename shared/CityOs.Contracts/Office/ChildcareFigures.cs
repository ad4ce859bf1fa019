namespace CityOs.Contracts.Office;

/// <summary>Places and waiting children per district; facilities are open data, waiting children are counts.</summary>
public sealed record ChildcareFigures
{
    public required DateTimeOffset AsOf { get; init; }

    public required IReadOnlyList<DistrictChildcareFigures> Districts { get; init; }
}

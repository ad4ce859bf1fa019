using CityOs.Contracts.Office;

namespace CityOs.Web.Office;

/// <summary>Everything the dashboard shows, in one answer. A domain that did not answer is listed in <see cref="Unavailable"/> and its part is null.</summary>
public sealed record OfficeOverview
{
    public required DateTimeOffset AsOf { get; init; }

    public DisasterFigures? Disaster { get; init; }

    public MobilityFigures? Mobility { get; init; }

    public ChildcareFigures? Childcare { get; init; }

    public ConsentFigures? Consent { get; init; }

    public required IReadOnlyList<string> Unavailable { get; init; }
}

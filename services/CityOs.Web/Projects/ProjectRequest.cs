namespace CityOs.Web.Projects;

/// <summary>What the office submits to register a project. Everything is nullable so that a missing field is a 400 naming it, not a 500.</summary>
public sealed record ProjectRequest
{
    public string? NameJa { get; init; }

    public string? NameEn { get; init; }

    public IReadOnlyList<string?>? Districts { get; init; }

    public PeriodInput? Period { get; init; }

    public IReadOnlyList<string?>? Services { get; init; }

    public IReadOnlyList<string?>? Partners { get; init; }

    public IReadOnlyList<KpiInput?>? Kpis { get; init; }
}

public sealed record PeriodInput(DateOnly? Start, DateOnly? End);

public sealed record KpiInput(string? NameJa, string? NameEn, string? Metric, string? Unit, double? Baseline, double? Target);

/// <summary>A hand-entered figure, e.g. from the annual resident survey (市民意識調査).</summary>
public sealed record SurveyValueInput(double? Value, DateOnly? On, string? Note);

using CityOs.Childcare.Allocation;

namespace CityOs.Childcare.Applications;

/// <summary>What the family sees: status, points with the rule lines in Japanese and English, and the outcome.</summary>
public sealed record ApplicationView(
    string Id, string Round, string Method, string Status, DateTimeOffset SubmittedAt,
    decimal Points, IReadOnlyList<PointsLine> Lines, IReadOnlyList<IReadOnlyList<string?>> Options, ApplicationOutcome? Outcome,
    IReadOnlyList<ChildInput> Children, string? ActingAs)
{
    public static ApplicationView From(ChildcareApplication a) => new(
        a.Id, a.Round, a.Method, a.Status, a.SubmittedAt, a.Points.Total,
        [.. a.Points.Lines.Select(PointsLine.From)], a.Options, a.Outcome, a.Request.Children, a.ActingAs);
}

/// <summary>A rule line; the bundled table writes "日本語 (English)", which is split here so each language reads alone.</summary>
public sealed record PointsLine(string Code, string Subject, decimal Points, string Ja, string En)
{
    public static PointsLine From(AppliedRule rule)
    {
        var open = rule.Description.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && rule.Description.EndsWith(')')
            ? new PointsLine(rule.Code, rule.Subject, rule.Points, rule.Description[..open], rule.Description[(open + 2)..^1])
            : new PointsLine(rule.Code, rule.Subject, rule.Points, rule.Description, rule.Description);
    }
}

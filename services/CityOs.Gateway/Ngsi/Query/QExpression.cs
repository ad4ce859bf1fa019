using System.Text.RegularExpressions;

namespace CityOs.Gateway.Ngsi.Query;

/// <summary>The subset of NGSI-LD's q language CityOS answers: comparisons joined by <c>;</c> (AND).</summary>
public sealed partial class QExpression
{
    private QExpression(IReadOnlyList<QCondition> conditions) => Conditions = conditions;

    public IReadOnlyList<QCondition> Conditions { get; }

    public bool Matches(NgsiEntity entity) => Conditions.All(c => c.Matches(entity));

    /// <summary>Parses <paramref name="q"/>; on failure <paramref name="error"/> says what is wrong, for the BadRequestData detail.</summary>
    public static QExpression? Parse(string q, out string? error)
    {
        error = null;
        if (q.Contains('|', StringComparison.Ordinal) || q.Contains('(', StringComparison.Ordinal))
        {
            error = "Only comparisons joined by ';' (AND) are supported; '|' (OR) and parentheses are not.";
            return null;
        }

        var conditions = new List<QCondition>();
        foreach (var part in q.Split(';', StringSplitOptions.TrimEntries))
        {
            var match = Condition().Match(part);
            if (!match.Success)
            {
                error = $"'{part}' is not a comparison such as occupancy>100 or congestion==\"full\".";
                return null;
            }

            conditions.Add(new QCondition(match.Groups["attr"].Value, match.Groups["op"].Value, match.Groups["value"].Value));
        }

        return new QExpression(conditions);
    }

    [GeneratedRegex("""^(?<attr>[A-Za-z_][A-Za-z0-9_]*)(?<op>==|!=|>=|<=|>|<)(?<value>"[^"]*"|[^"<>=!;]+)$""")]
    private static partial Regex Condition();
}

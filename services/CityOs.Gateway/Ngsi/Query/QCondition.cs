using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CityOs.Gateway.Ngsi.Query;

/// <summary>One comparison of an NGSI-LD q expression, such as <c>occupancy&gt;100</c> or <c>congestion=="full"</c>.</summary>
public sealed record QCondition(string Attribute, string Operator, string Literal)
{
    public bool Matches(NgsiEntity entity)
    {
        if (entity.ValueOf(Attribute) is not JsonValue value)
        {
            return false;
        }

        var comparison = Compare(value);
        return comparison is { } c && Operator switch
        {
            "==" => c == 0,
            "!=" => c != 0,
            ">" => c > 0,
            ">=" => c >= 0,
            "<" => c < 0,
            "<=" => c <= 0,
            _ => false,
        };
    }

    private int? Compare(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number when double.TryParse(Literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                // Values built in code hold int or double; their JSON text compares the same either way.
                return double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).CompareTo(number);
            case JsonValueKind.True or JsonValueKind.False when bool.TryParse(Literal, out var flag):
                return value.GetValue<bool>() == flag ? 0 : 1;
            case JsonValueKind.String:
                return string.CompareOrdinal(value.GetValue<string>(), Unquoted);
            default:
                return null;
        }
    }

    private string Unquoted => Literal.Length >= 2 && Literal[0] == '"' && Literal[^1] == '"' ? Literal[1..^1] : Literal;
}

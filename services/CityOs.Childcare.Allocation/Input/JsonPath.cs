using System.Text.RegularExpressions;

namespace CityOs.Childcare.Allocation;

/// <summary>Builds JSONPath strings the way error messages show them: <c>$.families[3].preferences[1][0]</c>.</summary>
internal static partial class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IdentifierPattern().IsMatch(name) ? $"{parent}.{name}" : $"{parent}[\"{name}\"]";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}

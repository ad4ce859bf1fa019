using System.Text.RegularExpressions;

namespace CityOs.Storage;

internal static partial class FilterPath
{
    /// <summary>Paths are spliced into SQL text, so only plain identifiers are allowed.</summary>
    public static string Validate(string path) =>
        SafePath().IsMatch(path) ? path : throw new ArgumentException($"Invalid filter path '{path}'.", nameof(path));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex SafePath();
}

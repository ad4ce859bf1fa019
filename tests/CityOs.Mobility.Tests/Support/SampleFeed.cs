using System.IO.Compression;
using System.Text;

namespace CityOs.Mobility.Tests.Support;

/// <summary>The repository's sample GTFS-JP feed as editable text files, zipped the way publishers ship them.</summary>
public static class SampleFeed
{
    public static string Folder => Path.Combine(TestEnvironment.RepoRoot, "data", "gtfs", "yamaguchi-sample");

    public static Dictionary<string, string> Files() =>
        Directory.EnumerateFiles(Folder, "*.txt").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    public static byte[] Zip(IReadOnlyDictionary<string, string> files, string? folder = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(folder is null ? name : $"{folder}/{name}").Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Changes one cell: the sample has no quoted commas, so a line splits on commas.</summary>
    public static string SetCell(string text, int line, string column, string value)
    {
        var lines = text.Split('\n');
        var index = Array.IndexOf(lines[0].Split(','), column);
        var cells = lines[line - 1].Split(',');
        cells[index] = value;
        lines[line - 1] = string.Join(',', cells);
        return string.Join('\n', lines);
    }

    public static string DropColumn(string text, string column)
    {
        var lines = text.Split('\n');
        var index = Array.IndexOf(lines[0].Split(','), column);
        return string.Join('\n', lines.Select(l => l.Length == 0 ? l : string.Join(',', l.Split(',').Where((_, i) => i != index))));
    }

    public static string ReplaceLine(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace CityOs.Mobility.Transit.Gtfs;

/// <summary>The text files of a feed, from a zip (files at the root or in one folder, as publishers zip them) or from a folder.</summary>
public sealed class GtfsSource
{
    /// <summary>Guards against zip bombs: far above any city's feed (a prefecture-wide GTFS-JP is a few dozen MB).</summary>
    public const long MaxUncompressedBytes = 512L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private GtfsSource(IReadOnlyDictionary<string, string> files, string version)
    {
        Files = files;
        Version = version;
    }

    /// <summary>File name → text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Hash of the content: importing the same feed twice changes nothing.</summary>
    public string Version { get; }

    public static GtfsSource? FromZip(Stream zip, GtfsIssues issues)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
            var entries = archive.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX", StringComparison.Ordinal)).ToList();
            if (entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                issues.Add("feed", null, $"the zip unpacks to more than {MaxUncompressedBytes / 1024 / 1024} MB");
                return null;
            }

            var raw = new List<(string Name, byte[] Bytes)>();
            foreach (var entry in entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                raw.Add((entry.Name, buffer.ToArray()));
            }

            return Create(raw, issues);
        }
        catch (InvalidDataException)
        {
            issues.Add("feed", null, "the upload is not a zip archive");
            return null;
        }
    }

    public static GtfsSource? FromFolder(string folder, GtfsIssues issues)
    {
        if (!Directory.Exists(folder))
        {
            issues.Add("feed", null, $"folder '{folder}' does not exist");
            return null;
        }

        return Create([.. Directory.EnumerateFiles(folder, "*.txt").Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))], issues);
    }

    private static GtfsSource? Create(List<(string Name, byte[] Bytes)> raw, GtfsIssues issues)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in raw.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (files.ContainsKey(name))
            {
                issues.Add(name, null, "the file appears twice in the feed");
                continue;
            }

            try
            {
                files[name] = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // GTFS and GTFS-JP require UTF-8; older Japanese feeds in Shift_JIS must be converted by the publisher.
                issues.Add(name, null, "the file is not UTF-8 text");
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }

        return issues.Any ? null : new GtfsSource(files, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }
}

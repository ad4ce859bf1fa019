using System.Text.Json;

namespace CityOs.Disaster;

/// <summary>Seed files ship next to the binaries; relative paths resolve there, so the working folder does not matter.</summary>
internal static class DataFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    public static T ReadJson<T>(string path)
    {
        var full = Resolve(path);
        using var stream = File.OpenRead(full);
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{full} is empty.");
    }
}

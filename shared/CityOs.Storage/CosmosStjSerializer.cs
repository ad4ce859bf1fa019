using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace CityOs.Storage;

/// <summary>
/// System.Text.Json for everything the SDK serializes on our behalf (envelopes, query parameters),
/// so values round-trip exactly as they do through <see cref="SqliteDocumentStore"/>.
/// </summary>
internal sealed class CosmosStjSerializer : CosmosSerializer
{
    private static readonly JsonSerializerOptions Options = new(StoreJson.Options) { PropertyNamingPolicy = null };

    public override T FromStream<T>(Stream stream)
    {
        if (typeof(Stream).IsAssignableFrom(typeof(T)))
        {
            return (T)(object)stream;
        }

        using (stream)
        {
            return JsonSerializer.Deserialize<T>(stream, Options)!;
        }
    }

    public override Stream ToStream<T>(T input)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, input, Options);
        stream.Position = 0;
        return stream;
    }
}

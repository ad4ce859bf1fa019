using System.Text.Json;
using System.Text.Json.Serialization;

namespace CityOs.Storage;

/// <summary>
/// What a document looks like in a Cosmos container: the value sits under <c>body</c> so that
/// filter paths map to <c>c.body.&lt;path&gt;</c> and never collide with id, pk or system properties.
/// </summary>
internal sealed record CosmosEnvelope(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("pk")] string Pk,
    [property: JsonPropertyName("body")] JsonElement Body)
{
    /// <summary>Read from query results only; writes leave it out and the server sets it.</summary>
    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    public static CosmosEnvelope Wrap<T>(string partition, string id, T value) =>
        new(ValidId(id), partition, JsonSerializer.SerializeToElement(value, StoreJson.Options));

    /// <summary>Cosmos DB refuses these characters in ids (they are URL path separators there): fail clearly instead.</summary>
    public static string ValidId(string id) =>
        id.Length is > 0 and <= 255 && id.IndexOfAny(['/', '\\', '?', '#']) < 0
            ? id
            : throw new ArgumentException($"Document id '{id}' is not valid in Cosmos DB (1-255 characters, no / \\ ? #).", nameof(id));

    public StoredDocument<T> Unwrap<T>(string etag) =>
        new(Id, Pk, etag, Body.Deserialize<T>(StoreJson.Options) ?? throw new InvalidDataException("Stored document is null."));
}

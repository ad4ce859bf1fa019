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
        new(id, partition, JsonSerializer.SerializeToElement(value, StoreJson.Options));

    public StoredDocument<T> Unwrap<T>(string etag) =>
        new(Id, Pk, etag, Body.Deserialize<T>(StoreJson.Options) ?? throw new InvalidDataException("Stored document is null."));
}

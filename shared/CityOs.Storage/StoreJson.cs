using System.Text.Json;
using System.Text.Json.Serialization;

namespace CityOs.Storage;

/// <summary>One serializer setting for every store so that filters on camelCase paths match in all of them.</summary>
public static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

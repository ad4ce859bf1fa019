using System.Globalization;
using System.Text.Json;

namespace CityOs.Childcare.Allocation;

/// <summary>A JSON element together with its path, so that every type error names where it happened.</summary>
internal readonly record struct JsonNodeAt(JsonElement Element, string Path)
{
    public JsonNodeAt Required(string name)
    {
        RequireKind(JsonValueKind.Object, "an object");
        return Element.TryGetProperty(name, out var value)
            ? new JsonNodeAt(value, JsonPath.Property(Path, name))
            : throw new AllocationInputException(JsonPath.Property(Path, name), "missing required field");
    }

    public JsonNodeAt? Optional(string name)
    {
        RequireKind(JsonValueKind.Object, "an object");
        return Element.TryGetProperty(name, out var value) ? new JsonNodeAt(value, JsonPath.Property(Path, name)) : null;
    }

    public IEnumerable<JsonNodeAt> Items()
    {
        RequireKind(JsonValueKind.Array, "an array");
        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonNodeAt(item, JsonPath.Index(Path, index++));
        }
    }

    public IEnumerable<(string Name, JsonNodeAt Value)> Properties()
    {
        RequireKind(JsonValueKind.Object, "an object");
        foreach (var property in Element.EnumerateObject())
        {
            yield return (property.Name, new JsonNodeAt(property.Value, JsonPath.Property(Path, property.Name)));
        }
    }

    /// <summary>An id: a string, or an integer taken by its text (some municipal exports number their records).</summary>
    public string Id()
    {
        var id = Element.ValueKind switch
        {
            JsonValueKind.String => Element.GetString()!,
            JsonValueKind.Number when Element.TryGetInt64(out _) => Element.GetRawText(),
            _ => throw Fail("expected an id (string)"),
        };
        return id.Length > 0 ? id : throw Fail("id must not be empty");
    }

    public string? NullableId() => Element.ValueKind == JsonValueKind.Null ? null : Id();

    public int Integer() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value)
            ? value
            : throw Fail($"expected an integer, got {Describe()}");

    public double Number() =>
        Element.ValueKind == JsonValueKind.Number
            ? Element.GetDouble()
            : throw Fail($"expected a number, got {Describe()}");

    public AllocationInputException Fail(string problem) => new(Path, problem);

    private void RequireKind(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw Fail($"expected {what}, got {Describe()}");
        }
    }

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Element.GetString()}\"",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => Element.GetRawText().ToString(CultureInfo.InvariantCulture),
    };
}

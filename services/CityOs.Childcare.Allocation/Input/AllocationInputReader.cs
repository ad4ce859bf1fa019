using System.Text.Json;

namespace CityOs.Childcare.Allocation;

/// <summary>
/// Reads the batch JSON format. Type errors and broken references are reported with the exact JSON path of the
/// value; unknown extra fields are ignored so that exports may carry more than the allocator needs.
/// </summary>
public static class AllocationInputReader
{
    public static AllocationInstance Parse(string json)
    {
        using var document = ParseDocument(() => JsonDocument.Parse(json, DocumentOptions));
        return Read(document);
    }

    public static AllocationInstance Read(Stream json)
    {
        using var document = ParseDocument(() => JsonDocument.Parse(json, DocumentOptions));
        return Read(document);
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private static JsonDocument ParseDocument(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException ex)
        {
            throw new AllocationInputException(
                ex.Path ?? JsonPath.Root,
                $"invalid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
        }
    }

    private static AllocationInstance Read(JsonDocument document)
    {
        var root = new JsonNodeAt(document.RootElement, JsonPath.Root);
        var instance = new AllocationInstance(
            root.Required("facilities").Items().Select(ReadFacility).ToList(),
            root.Required("children").Items().Select(ReadChild).ToList(),
            root.Required("families").Items().Select(ReadFamily).ToList(),
            root.Required("priorities").Items().Select(ReadPriority).ToList());
        InstanceValidator.Validate(instance);
        return instance;
    }

    private static Facility ReadFacility(JsonNodeAt node)
    {
        var id = node.Required("id").Id();
        var capacity = new int[AgeClass.Count];
        foreach (var (name, value) in node.Required("capacity").Properties())
        {
            if (!int.TryParse(name, out var age) || !AgeClass.IsValid(age) || name != age.ToString())
            {
                throw value.Fail($"unknown age class \"{name}\" (expected \"0\" to \"5\")");
            }

            capacity[age] = value.Integer();
        }

        return new Facility(id, capacity);
    }

    private static Child ReadChild(JsonNodeAt node) => new(
        node.Required("id").Id(),
        node.Required("age").Integer(),
        node.Required("familyId").Id(),
        node.Optional("currentFacility")?.NullableId());

    private static Family ReadFamily(JsonNodeAt node) => new(
        node.Required("id").Id(),
        node.Required("children").Items().Select(c => c.Id()).ToList(),
        node.Required("preferences").Items()
            .Select(option => (IReadOnlyList<string?>)option.Items().Select(f => f.NullableId()).ToList())
            .ToList());

    private static FacilityPriority ReadPriority(JsonNodeAt node) => new(
        node.Required("facility").Id(),
        node.Required("ranking").Items()
            .Select(r => new RankedChild(r.Required("child").Id(), r.Required("score").Number()))
            .ToList());
}

using System.Collections.Concurrent;
using System.Text.Json;

namespace CityOs.Childcare.Facilities;

/// <summary>The facilities in memory, seeded from data/childcare/facilities.json; enrolled counts change as staff confirm them.</summary>
public sealed class FacilityCatalog
{
    private readonly ConcurrentDictionary<string, ChildcareFacility> _facilities = new(StringComparer.Ordinal);

    public IReadOnlyList<ChildcareFacility> All => [.. _facilities.Values.OrderBy(f => f.Id, StringComparer.Ordinal)];

    public ChildcareFacility? Find(string id) => _facilities.GetValueOrDefault(id);

    public void Seed(IEnumerable<ChildcareFacility> facilities)
    {
        foreach (var facility in facilities)
        {
            _facilities[facility.Id] = facility;
        }
    }

    public ChildcareFacility? SetEnrolled(string id, int ageClass, int enrolled) =>
        _facilities.TryGetValue(id, out var facility) && facility.Offers(ageClass)
            ? _facilities[id] = facility with
            {
                AgeClasses = [.. facility.AgeClasses.Select(a => a.AgeClass == ageClass ? a with { Enrolled = enrolled } : a)],
            }
            : null;

    public static IReadOnlyList<ChildcareFacility> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<FacilityFile>(stream, JsonSerializerOptions.Web)
            ?? throw new FormatException($"{path}: empty document");
        foreach (var facility in file.Facilities)
        {
            if (!FacilityKind.IsValid(facility.Kind) || facility.AgeClasses.Count == 0)
            {
                throw new FormatException($"{path}: facility {facility.Id} has an unknown kind or no age classes");
            }
        }

        return file.Facilities;
    }

    private sealed record FacilityFile(IReadOnlyList<ChildcareFacility> Facilities);
}

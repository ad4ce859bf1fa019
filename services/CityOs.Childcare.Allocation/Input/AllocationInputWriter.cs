using System.Text.Json;

namespace CityOs.Childcare.Allocation;

/// <summary>Writes an instance in the batch format that <see cref="AllocationInputReader"/> reads.</summary>
public static class AllocationInputWriter
{
    public static void Write(AllocationInstance instance, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartArray("facilities");
        foreach (var facility in instance.Facilities)
        {
            json.WriteStartObject();
            json.WriteString("id", facility.Id);
            json.WriteStartObject("capacity");
            for (var age = 0; age < AgeClass.Count; age++)
            {
                json.WriteNumber(age.ToString(System.Globalization.CultureInfo.InvariantCulture), facility.Capacity[age]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("children");
        foreach (var child in instance.Children)
        {
            json.WriteStartObject();
            json.WriteString("id", child.Id);
            json.WriteNumber("age", child.Age);
            json.WriteString("familyId", child.FamilyId);
            json.WriteString("currentFacility", child.CurrentFacility);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("families");
        foreach (var family in instance.Families)
        {
            json.WriteStartObject();
            json.WriteString("id", family.Id);
            json.WriteStartArray("children");
            family.Children.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("preferences");
            foreach (var option in family.Preferences)
            {
                json.WriteStartArray();
                foreach (var facility in option)
                {
                    json.WriteStringValue(facility);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("priorities");
        foreach (var priority in instance.Priorities)
        {
            json.WriteStartObject();
            json.WriteString("facility", priority.Facility);
            json.WriteStartArray("ranking");
            foreach (var entry in priority.Ranking)
            {
                json.WriteStartObject();
                json.WriteString("child", entry.Child);
                json.WriteNumber("score", entry.Score);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

using System.Text.Json;

namespace CityOs.Childcare.Vaccination;

/// <summary>Routine immunisations with the ages (in months) at which a dose may be given; data, so the city edits it without a release.</summary>
public sealed record VaccineSchedule(IReadOnlyList<Vaccine> Vaccines)
{
    public Vaccine? Find(string code) => Vaccines.FirstOrDefault(v => v.Code == code);

    public static VaccineSchedule Load(string path)
    {
        using var stream = File.OpenRead(path);
        var schedule = JsonSerializer.Deserialize<VaccineSchedule>(stream, JsonSerializerOptions.Web)
            ?? throw new FormatException($"{path}: empty document");
        if (schedule.Vaccines.Any(v => string.IsNullOrEmpty(v.Code) || v.FromMonths > v.ToMonths))
        {
            throw new FormatException($"{path}: every vaccine needs a code and fromMonths ≤ toMonths");
        }

        return schedule;
    }
}

public sealed record Vaccine(string Code, string NameJa, string NameEn, int FromMonths, int ToMonths)
{
    public bool DueAt(int ageMonths) => ageMonths >= FromMonths && ageMonths <= ToMonths;
}

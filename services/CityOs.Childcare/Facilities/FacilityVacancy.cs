namespace CityOs.Childcare.Facilities;

/// <summary>Open data: places only, never who holds them.</summary>
public sealed record FacilityVacancy(string FacilityId, string NameJa, string NameEn, string Kind, string District, bool Open, IReadOnlyList<AgeClassPlaces> AgeClasses)
{
    public int TotalVacancies => AgeClasses.Sum(a => a.Vacancies);
}

namespace CityOs.Childcare.Facilities;

public sealed record AgeClassPlaces(int AgeClass, int Capacity, int Enrolled)
{
    public int Vacancies => Math.Max(0, Capacity - Enrolled);
}

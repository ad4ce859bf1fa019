namespace CityOs.Childcare.Facilities;

public static class FacilityKind
{
    public const string Nursery = "nursery";
    public const string CertifiedCentre = "certified-centre";
    public const string AfterSchoolClub = "after-school-club";

    public static bool IsValid(string kind) => kind is Nursery or CertifiedCentre or AfterSchoolClub;
}

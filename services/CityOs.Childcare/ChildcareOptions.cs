namespace CityOs.Childcare;

public sealed class ChildcareOptions
{
    public const string Section = "Childcare";

    /// <summary>Relative paths resolve against the application's folder, where the build copies the data files.</summary>
    public string FacilitiesFile { get; set; } = "data/childcare/facilities.json";

    public string VaccinationScheduleFile { get; set; } = "data/childcare/vaccination-schedule.json";

    /// <summary>The admission round applications go to when they name none, e.g. April 2027 entry.</summary>
    public string CurrentRound { get; set; } = "2027-04";

    public const int MaxPreferences = 5;
}

namespace CityOs.Childcare;

public sealed class ChildcareOptions
{
    public const string Section = "Childcare";

    /// <summary>Relative paths resolve against the application's folder, where the build copies the data files.</summary>
    public string FacilitiesFile { get; set; } = "data/childcare/facilities.json";

    public string VaccinationScheduleFile { get; set; } = "data/childcare/vaccination-schedule.json";

    /// <summary>
    /// Synthetic family-support helpers for a demo city, e.g. <c>data/childcare/demo-providers.json</c>; unset in a real
    /// city, where staff register providers after training and vetting.
    /// </summary>
    public string? DemoProvidersFile { get; set; }

    /// <summary>The admission round applications go to when they name none, e.g. April 2027 entry.</summary>
    public string CurrentRound { get; set; } = "2027-04";

    public const int MaxPreferences = 5;
}

namespace CityOs.Disaster;

public sealed class DisasterOptions
{
    public const string Section = "Disaster";

    /// <summary>Relative paths resolve against the application's folder, where the build copies the data files.</summary>
    public string DistrictsFile { get; set; } = "data/districts.csv";

    public string SheltersFile { get; set; } = "data/shelters.json";

    public string GaugesFile { get; set; } = "data/gauges.json";

    /// <summary>Consent's base address for vault enrolment in the distributed topology.</summary>
    public string ConsentUrl { get; set; } = "http://consent";

    /// <summary>Simulated supporters per resident (about one per 55); 0 seeds none.</summary>
    public double SupportersPerResident { get; set; } = 0.018;

    /// <summary>CAP status: <c>Actual</c> in production, <c>Exercise</c> for drills.</summary>
    public string CapStatus { get; set; } = "Actual";
}

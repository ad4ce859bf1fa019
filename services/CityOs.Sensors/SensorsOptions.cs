namespace CityOs.Sensors;

/// <summary>Bound from <c>Sensors</c>.</summary>
public sealed class SensorsOptions
{
    public const string Section = "Sensors";

    /// <summary>Devices registered at start-up; relative paths resolve against the application's folder, where the build copies data/.</summary>
    public string DevicesFile { get; set; } = "data/devices.json";

    public string DistrictsFile { get; set; } = "data/districts.csv";

    public static string Resolve(string path) => Path.Combine(AppContext.BaseDirectory, path);
}

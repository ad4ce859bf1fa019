using System.Globalization;

namespace CityOs.Testing.Browser;

/// <summary>Settings for the all-in-one host on a free port, as browser tests need it: quiet (no simulated sensors), its own MQTT port, and its origin registered for the app and dashboard redirects.</summary>
public static class AllInOneSettings
{
    public static IReadOnlyDictionary<string, string?> For(Uri baseAddress, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Identity:AppOrigins:0"] = baseAddress.GetLeftPart(UriPartial.Authority),
            ["Demo:SimulateSensors"] = "false",
            ["Mqtt:Port"] = TestEnvironment.FreeTcpPort().ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}

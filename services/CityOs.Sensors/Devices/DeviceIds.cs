using System.Text.RegularExpressions;

namespace CityOs.Sensors.Devices;

/// <summary>
/// Device ids are MQTT user names, topic levels and document ids at once, so they are kept to a
/// small safe alphabet: no wildcards, separators or characters a broker's ACL file would misread.
/// </summary>
public static partial class DeviceIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^(?!cityos-)[a-z0-9][a-z0-9-]{1,62}\\z")]
    private static partial Regex Pattern();
}

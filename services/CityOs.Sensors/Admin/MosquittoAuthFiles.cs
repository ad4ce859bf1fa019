using System.Text;
using CityOs.Sensors.Devices;

namespace CityOs.Sensors.Admin;

/// <summary>
/// The registry's broker rules as mosquitto files: a password file (the registry's hashes are already in
/// mosquitto's format) and an ACL giving each device write access to its own topics only.
/// </summary>
public static class MosquittoAuthFiles
{
    private const string Header = "# Generated from the CityOS device registry (CityOs.Sensors mosquitto-auth). Do not edit: regenerate.";

    /// <summary>Devices without issued credentials are left out: they cannot log in until they have some.</summary>
    public static string Passwords(IEnumerable<Device> devices, string serviceUser, string serviceHash)
    {
        var text = new StringBuilder(Header).Append('\n').Append(serviceUser).Append(':').Append(serviceHash).Append('\n');
        foreach (var device in devices.Where(d => d.PasswordHash is not null).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append(device.Id).Append(':').Append(device.PasswordHash).Append('\n');
        }

        return text.ToString();
    }

    public static string Acl(IEnumerable<Device> devices, string serviceUser)
    {
        var text = new StringBuilder(Header).Append("\n\n")
            .Append("user ").Append(serviceUser).Append('\n')
            .Append("topic read ").Append(SensorTopics.Root).Append("/#\n")
            .Append("topic write ").Append(SensorTopics.DeadLetterFilter).Append('\n');
        foreach (var device in devices.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append("\nuser ").Append(device.Id).Append('\n');
            foreach (var topic in device.Topics)
            {
                text.Append("topic write ").Append(topic).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A snippet for mosquitto.conf (or deploy/local/mosquitto.sh's extra configuration).</summary>
    public static string ConfigSnippet(string passwordFile, string aclFile) =>
        $"{Header}\nallow_anonymous false\npassword_file {passwordFile}\nacl_file {aclFile}\n";
}

using CityOs.Sensors.Admin;
using CityOs.Sensors.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace CityOs.IntegrationTests;

/// <summary>
/// The mosquitto password, ACL and config files for a running Sensors' registry, written where the mosquitto
/// user can read them, the same files <c>CityOs.Sensors mosquitto-auth</c> writes for operators.
/// </summary>
internal sealed class MosquittoAuthDirectory : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("cityos-mosquitto-auth-").FullName;

    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Searchable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public MosquittoAuthDirectory() => SetMode(_path, Readable | Searchable);

    public string ConfigFile => Path.Combine(_path, "mosquitto-auth.conf");

    public async Task WriteAsync(IServiceProvider sensors, string serviceUser, string servicePassword)
    {
        var devices = await sensors.GetRequiredService<DeviceRegistry>().ListAsync(CancellationToken.None);
        var passwords = Path.Combine(_path, "passwords");
        var acl = Path.Combine(_path, "acl");
        await File.WriteAllTextAsync(passwords, MosquittoAuthFiles.Passwords(devices, serviceUser, DevicePassword.Hash(servicePassword)));
        await File.WriteAllTextAsync(acl, MosquittoAuthFiles.Acl(devices, serviceUser));
        await File.WriteAllTextAsync(ConfigFile, MosquittoAuthFiles.ConfigSnippet(passwords, acl));
        foreach (var file in new[] { passwords, acl, ConfigFile })
        {
            SetMode(file, Readable);
        }
    }

    // mosquitto drops root and reads the files as its own user; temporary folders are private by default.
    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using CityOs.Sensors.Admin;
using CityOs.Sensors.Devices;

namespace CityOs.Benchmarks.Mqtt;

/// <summary>
/// A mosquitto of the benchmark's own (deploy/local/mosquitto.sh, its own port and name), requiring the same device
/// logins and ACL that Sensors generates for operators; stopped on dispose.
/// </summary>
internal sealed class BenchMosquitto : IAsyncDisposable
{
    public const string Name = "bench";
    private readonly string _auth = Directory.CreateTempSubdirectory("cityos-bench-mosquitto-").FullName;

    private BenchMosquitto(int port) => Port = port;

    public int Port { get; }

    public static async Task<BenchMosquitto> StartAsync(int port, IReadOnlyList<Device> devices, string serviceUser, string servicePassword)
    {
        var broker = new BenchMosquitto(port);
        var passwords = Path.Combine(broker._auth, "passwords");
        var acl = Path.Combine(broker._auth, "acl");
        var conf = Path.Combine(broker._auth, "auth.conf");
        await File.WriteAllTextAsync(passwords, MosquittoAuthFiles.Passwords(devices, serviceUser, DevicePassword.Hash(servicePassword)));
        await File.WriteAllTextAsync(acl, MosquittoAuthFiles.Acl(devices, serviceUser));
        await File.WriteAllTextAsync(conf, MosquittoAuthFiles.ConfigSnippet(passwords, acl));

        // mosquitto drops root and reads these as its own user; temporary folders are private by default.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(broker._auth, (UnixFileMode)0b111_101_101);
            foreach (var file in new[] { passwords, acl, conf })
            {
                File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
            }
        }

        await LocalScript.RunAsync("mosquitto.sh", "start", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--name", Name, "--fresh", "--extra-conf", conf);
        return broker;
    }

    public async ValueTask DisposeAsync()
    {
        await LocalScript.RunAsync("mosquitto.sh", "stop", "--name", Name);
        Directory.Delete(_auth, recursive: true);
    }
}

using System.Net;
using System.Net.Sockets;

namespace CityOs.Testing;

/// <summary>
/// Where the real servers started by ./test.sh listen. A missing variable fails the test with a hint
/// instead of skipping it: integration tests never pass by not running.
/// </summary>
public static class TestEnvironment
{
    public static string RabbitMq => Require("CITYOS_RABBITMQ");

    public static (string Host, int Port) Mqtt
    {
        get
        {
            var value = Require("CITYOS_MQTT");
            var colon = value.LastIndexOf(':');
            return (value[..colon], int.Parse(value[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static string RepoRoot =>
        Environment.GetEnvironmentVariable("CITYOS_REPO_ROOT") is { Length: > 0 } root ? root : FindRepoRoot();

    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set. Run the tests with ./test.sh, which installs and starts RabbitMQ and mosquitto.");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityOs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (CityOs.sln).");
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CityOs.Host.Demo;

/// <summary><c>dotnet run --project services/CityOs.Host -- demo heavy-rain</c>: the scenario headless, on the embedded defaults in a temp folder.</summary>
public static class DemoCommand
{
    public static bool IsDemo(string[] args) => args.Length > 0 && args[0] == "demo";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        DemoArguments options;
        try
        {
            options = DemoArguments.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 2;
        }

        // In RAM when the machine has /dev/shm: SQLite on this store syncs every commit, and 10,000 enrolments should take seconds, not minutes.
        var folder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"cityos-demo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var app = CityHost.Build([], new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Bus:Transport"] = "InMemory",
                ["Store:Provider"] = "Sqlite",
                ["Mqtt:Mode"] = "Embedded",
                ["Mqtt:Host"] = "127.0.0.1",
                ["Store:SqlitePath"] = Path.Combine(folder, "cityos.db"),
                ["Demo:SimulateSensors"] = "false",
                ["Mqtt:Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Disaster:CapStatus"] = "Exercise",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:CityOs"] = "Error",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
            await using (app)
            {
                await app.StartAsync();
                var report = await new HeavyRainDemo(app.Services, output).RunAsync(options);
                await app.StopAsync();
                if (options.JsonFile is { } file)
                {
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                    await output.WriteLineAsync($"  JSON: {Path.GetFullPath(file)}");
                }

                return report.Guided == report.Affected && report.Assisted + report.Unassisted == report.Affected && report.LedgerVerified ? 0 : 1;
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
